package org.koryu.workflow;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.koryu.workflow.engine.Actor;

/**
 * A transition accepted now to happen at a set instant (publish at 9:00 on Monday), bound to the
 * revision the person saw and fired in their name. It is persisted, so it survives a restart; one
 * whose time passed while Koryu was down fires right after start.
 */
@Entity
@Table(name = "scheduled_transition")
public class ScheduledTransition {

    public enum Status { PENDING, DONE, FAILED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(nullable = false, updatable = false)
    private String transition;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_roles", nullable = false, updatable = false)
    private String actorRoles;

    @Column(updatable = false)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private String outcome;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected ScheduledTransition() {
    }

    public ScheduledTransition(long itemId, String transition, int revision, Instant dueAt, Actor actor, String comment,
                               Instant now) {
        this.itemId = itemId;
        this.transition = transition;
        this.revision = revision;
        this.dueAt = dueAt;
        this.actor = actor.name();
        this.actorRoles = String.join(",", actor.roles());
        this.comment = comment;
        this.status = Status.PENDING;
        this.createdAt = now;
    }

    public void complete(Status result, String why, Instant now) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("Schedule " + id + " is already " + status);
        }
        status = result;
        outcome = why;
        completedAt = now;
    }

    public Actor actingAs() {
        Set<String> roles = Arrays.stream(actorRoles.split(",")).filter(r -> !r.isBlank()).collect(Collectors.toSet());
        return new Actor(actor, roles);
    }

    public Long id() {
        return id;
    }

    public long itemId() {
        return itemId;
    }

    public String transition() {
        return transition;
    }

    public int revision() {
        return revision;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String actor() {
        return actor;
    }

    public String comment() {
        return comment;
    }

    public Status status() {
        return status;
    }

    public String outcome() {
        return outcome;
    }

    public Instant completedAt() {
        return completedAt;
    }
}
