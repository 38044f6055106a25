package org.koryu.delivery.preview;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A token that lets a downstream site see drafts until it expires. Only the SHA-256 hash of the
 * secret is kept: the secret is long and random, and shown once, when issued.
 */
@Entity
@Table(name = "preview_token")
public class PreviewToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, updatable = false)
    private String tokenPrefix;

    @Column(nullable = false, updatable = false)
    private String note;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected PreviewToken() {
    }

    PreviewToken(String tokenHash, String tokenPrefix, String note, String issuedBy, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.note = note;
        this.issuedBy = issuedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Usable at {@code now}: not expired and not revoked. */
    boolean validAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public String prefix() {
        return tokenPrefix;
    }

    public String note() {
        return note;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
