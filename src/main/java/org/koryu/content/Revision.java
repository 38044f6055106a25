package org.koryu.content;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** One saved version of an item's content, kept forever: number, author, time and the content as JSON. */
@Entity
@Table(name = "revision")
public class Revision implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(updatable = false)
    private String note;

    @Lob
    @Column(nullable = false, updatable = false)
    private String content;

    protected Revision() {
    }

    Revision(long itemId, int number, String author, Instant createdAt, String note, String content) {
        this.itemId = itemId;
        this.number = number;
        this.author = author;
        this.createdAt = createdAt;
        this.note = note;
        this.content = content;
    }

    public long itemId() {
        return itemId;
    }

    public int number() {
        return number;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Why the revision exists when it is not a plain save, e.g. "restored from revision 2". */
    public String note() {
        return note;
    }

    public String content() {
        return content;
    }
}
