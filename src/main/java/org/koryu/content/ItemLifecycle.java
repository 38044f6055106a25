package org.koryu.content;

import java.time.Instant;

import org.koryu.workflow.engine.Actor;
import org.koryu.workflow.engine.Decision;
import org.koryu.workflow.engine.Effect;
import org.koryu.workflow.engine.TransitionRequest;
import org.koryu.workflow.engine.Workflow;

/**
 * The rules of an item's life in one place, in plain Java: a save refuses an outdated base and
 * moves the state as the workflow declares; a transition is decided by the engine and applied to
 * the item (state, live version); each action that succeeds is recorded once, a refused one never.
 * The services persist what this changes; the property test drives it through thousands of random
 * sequences.
 */
public final class ItemLifecycle {

    private final Workflow workflow;
    private final AuditTrail audit;

    public ItemLifecycle(Workflow workflow, AuditTrail audit) {
        this.workflow = workflow;
        this.audit = audit;
    }

    /**
     * Adds a revision on top of {@code basedOn}, which must be the current one.
     *
     * @return the new revision's number
     * @throws StaleRevisionException when someone saved since {@code basedOn}; nothing changes
     */
    public int save(ContentItem item, int basedOn, String title, String author, Instant now, String action, String note) {
        if (basedOn != item.currentRevision()) {
            throw new StaleRevisionException(item.id() == null ? 0 : item.id(), basedOn, item.currentRevision(),
                    item.updatedBy());
        }
        String from = item.state();
        int number = item.addRevision(title, workflow.stateAfterSave(from), author, now);
        audit.record(item, now, author, action, from, item.state(), number, note);
        return number;
    }

    /**
     * A save that repeats the latest revision word for word (a submit right after a save, a second
     * click) adds no revision: a reviewer would otherwise compare two identical versions.
     */
    public static boolean repeatsLatest(ContentItem item, int basedOn, String latestContent, String submittedContent) {
        return basedOn == item.currentRevision() && latestContent.equals(submittedContent);
    }

    /** Asks the engine; nothing changes yet (the caller may check more, e.g. references, before applying). */
    public Decision decide(ContentItem item, String revisionAuthor, TransitionRequest request, Actor actor, Instant now) {
        return workflow.decide(request, actor, item.workflowView(revisionAuthor), now);
    }

    /** Applies an accepted, unscheduled decision to the item and records it. */
    public void apply(ContentItem item, Decision decision, Actor actor, Instant now, String comment) {
        if (decision.scheduled()) {
            throw new IllegalArgumentException("A scheduled decision is kept until its time, not applied");
        }
        if (decision.effect() == Effect.PUBLISH) {
            item.publishCurrentRevision(now);
        } else if (decision.effect() == Effect.UNPUBLISH) {
            item.unpublish();
        }
        item.moveTo(decision.to(), actor.name(), now);
        audit.record(item, now, actor.name(), decision.transition().name(), decision.from(), decision.to(),
                decision.revision(), comment);
    }

    /** Records that a decision waits for its time; the item stays as it is. */
    public void schedule(ContentItem item, Decision decision, Actor actor, Instant now) {
        item.touch(actor.name(), now);
        audit.record(item, now, actor.name(), "schedule-" + decision.transition().name(), item.state(), item.state(),
                decision.revision(), "at " + decision.at() + (decision.comment() == null ? "" : ": " + decision.comment()));
    }

    public Workflow workflow() {
        return workflow;
    }
}
