package org.koryu.media;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An uploaded image: what it is and who uploaded it. Its bytes are a file in the data folder named
 * by the id. Never changed once stored, so its address can be cached for a year.
 */
@Entity
@Table(name = "media")
public class Media {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "original_name", updatable = false)
    private String originalName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected Media() {
    }

    Media(ImageFormat format, String originalName, long size, String sha256, String createdBy, Instant createdAt) {
        this.fileName = MediaFileName.of(originalName, format);
        this.originalName = originalName;
        this.mediaType = format.mediaType();
        this.size = size;
        this.sha256 = sha256;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public MediaUrl url() {
        return new MediaUrl(id, fileName);
    }

    /** A strong ETag: the content's hash, the same on every instance. */
    public String etag() {
        return "\"" + sha256.substring(0, 32) + "\"";
    }

    public Long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public String originalName() {
        return originalName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
