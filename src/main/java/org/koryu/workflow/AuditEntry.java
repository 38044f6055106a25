package org.koryu.workflow;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One recorded action on an item: a save or a transition, by whom, when, from which state to
 * which, on which revision, with the comment given. Written once; no column is updatable and
 * nothing deletes rows.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "from_state", updatable = false)
    private String fromState;

    @Column(name = "to_state", updatable = false)
    private String toState;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(updatable = false)
    private String comment;

    protected AuditEntry() {
    }

    AuditEntry(long itemId, Instant occurredAt, String actor, String action, String fromState, String toState,
               int revision, String comment) {
        this.itemId = itemId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.revision = revision;
        this.comment = comment;
    }

    public Long id() {
        return id;
    }

    public long itemId() {
        return itemId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String fromState() {
        return fromState;
    }

    public String toState() {
        return toState;
    }

    public int revision() {
        return revision;
    }

    public String comment() {
        return comment;
    }
}
