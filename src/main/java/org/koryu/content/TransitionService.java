package org.koryu.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.koryu.workflow.AuditLog;
import org.koryu.workflow.DueTransitions;
import org.koryu.workflow.ScheduledTransition;
import org.koryu.workflow.Schedules;
import org.koryu.workflow.WorkflowRegistry;
import org.koryu.workflow.engine.Actor;
import org.koryu.workflow.engine.Decision;
import org.koryu.workflow.engine.TransitionDefinition;
import org.koryu.workflow.engine.TransitionNotPossibleException;
import org.koryu.workflow.engine.TransitionRequest;
import org.koryu.workflow.engine.Workflow;
import org.koryu.workflow.engine.WorkflowException;

/**
 * Fires workflow transitions on items: asks the engine, then applies the decision in one
 * transaction — state, live version, references, audit — or keeps it as a schedule. Two
 * transitions racing on one item cannot both pass: the item's version decides, the loser gets
 * {@link TransitionNotPossibleException}.
 */
@ApplicationScoped
@Transactional
public class TransitionService implements DueTransitions {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentService contents;

    @Inject
    ContentTypes types;

    @Inject
    WorkflowRegistry workflows;

    @Inject
    Schedules schedules;

    @Inject
    AuditLog audit;

    @Inject
    Event<LiveVersionChanged> liveChanges;

    @Inject
    Clock clock;

    public TransitionOutcome fire(long id, TransitionRequest request, Actor actor) {
        ContentItem item = contents.item(id);
        em.lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Workflow workflow = workflows.named(item.workflow());
        Instant now = clock.instant();
        Decision decision = workflow.decide(request, actor, view(item), now);
        if (decision.scheduled()) {
            ScheduledTransition schedule = schedules.add(new ScheduledTransition(id, decision.transition().name(),
                    decision.revision(), decision.at(), actor, decision.comment(), now));
            item.touch(actor.name(), now);
            audit.record(id, now, actor.name(), "schedule-" + decision.transition().name(), item.state(), item.state(),
                    decision.revision(), "at " + decision.at() + (decision.comment() == null ? "" : ": " + decision.comment()));
            flushOrConflict(item);
            return new TransitionOutcome(item, decision, schedule);
        }
        apply(item, decision, actor, now, decision.comment());
        flushOrConflict(item);
        return new TransitionOutcome(item, decision, null);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void runDue(long scheduleId) {
        ScheduledTransition schedule = schedules.find(scheduleId);
        if (schedule == null || schedule.status() != ScheduledTransition.Status.PENDING) {
            return;
        }
        ContentItem item = contents.item(schedule.itemId());
        em.lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Instant now = clock.instant();
        Workflow workflow = workflows.named(item.workflow());
        Actor actor = schedule.actingAs();
        String comment = "scheduled by " + schedule.actor() + " for " + schedule.dueAt()
                + (schedule.comment() == null ? "" : ": " + schedule.comment());
        try {
            Decision decision = workflow.decide(new TransitionRequest(schedule.transition(), schedule.comment(), null,
                    schedule.revision()), actor, view(item), now);
            apply(item, decision, actor, now, comment);
            schedule.complete(ScheduledTransition.Status.DONE, null, now);
        } catch (WorkflowException | ConflictException e) {
            schedule.complete(ScheduledTransition.Status.FAILED, e.getMessage(), now);
            audit.record(item.id(), now, actor.name(), "schedule-failed", item.state(), item.state(),
                    item.currentRevision(), schedule.transition() + ": " + e.getMessage());
        }
        flushOrConflict(item);
    }

    /** The transitions this person could fire on the item now (the server checks again when they do). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TransitionDefinition> available(long id, Actor actor) {
        ContentItem item = contents.item(id);
        return workflows.named(item.workflow()).available(actor, view(item));
    }

    private org.koryu.workflow.engine.WorkflowItem view(ContentItem item) {
        return item.workflowView(contents.revision(item.id(), item.currentRevision()).author());
    }

    private void apply(ContentItem item, Decision decision, Actor actor, Instant now, String comment) {
        switch (decision.effect()) {
            case PUBLISH -> publish(item, now);
            case UNPUBLISH -> unpublish(item);
            case NONE -> { }
        }
        item.moveTo(decision.to(), actor.name(), now);
        audit.record(item.id(), now, actor.name(), decision.transition().name(), decision.from(), decision.to(),
                decision.revision(), comment);
        if (decision.effect() != org.koryu.workflow.engine.Effect.NONE) {
            flushOrConflict(item);
            liveChanges.fire(new LiveVersionChanged(item.id(), item.type(), item.slug(), item.isLive()));
        }
    }

    private void publish(ContentItem item, Instant now) {
        @SuppressWarnings("unchecked")
        ContentType<Object> type = (ContentType<Object>) types.byName(item.type());
        Object content = contents.content(item, item.currentRevision());
        List<String> notLive = new ArrayList<>();
        for (ContentRef ref : type.references(content)) {
            if (!isLive(ref)) {
                notLive.add(ref.toString());
            }
        }
        if (!notLive.isEmpty()) {
            throw new ConflictException("'" + item.title() + "' cannot be published: it shows " + String.join(", ", notLive)
                    + ", which " + (notLive.size() == 1 ? "is" : "are") + " not published; publish "
                    + (notLive.size() == 1 ? "it" : "them") + " first", notLive);
        }
        item.publishCurrentRevision(now);
        em.createNativeQuery("DELETE FROM live_reference WHERE item_id = ?").setParameter(1, item.id()).executeUpdate();
        for (ContentRef ref : type.references(content)) {
            em.createNativeQuery("INSERT INTO live_reference (item_id, ref_type, ref_slug) VALUES (?, ?, ?)")
                    .setParameter(1, item.id()).setParameter(2, ref.type()).setParameter(3, ref.slug())
                    .executeUpdate();
        }
    }

    private void unpublish(ContentItem item) {
        List<String> users = liveItemsShowing(item.ref());
        if (!users.isEmpty()) {
            throw new ConflictException("'" + item.title() + "' cannot be unpublished: published content shows it: "
                    + String.join(", ", users) + ". Unpublish or change those first.", users);
        }
        item.unpublish();
        em.createNativeQuery("DELETE FROM live_reference WHERE item_id = ?").setParameter(1, item.id()).executeUpdate();
    }

    private boolean isLive(ContentRef ref) {
        return em.createQuery("SELECT COUNT(i) FROM ContentItem i WHERE i.type = :type AND i.slug = :slug "
                        + "AND i.liveRevision IS NOT NULL", Long.class)
                .setParameter("type", ref.type()).setParameter("slug", ref.slug())
                .getSingleResult() > 0;
    }

    /** Live items whose live version shows {@code ref}, described as "type 'slug' (title)". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> liveItemsShowing(ContentRef ref) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT ci.content_type, ci.slug, ci.title FROM live_reference lr "
                        + "JOIN content_item ci ON ci.id = lr.item_id "
                        + "WHERE lr.ref_type = ? AND lr.ref_slug = ? AND ci.live_revision IS NOT NULL "
                        + "ORDER BY ci.content_type, ci.slug")
                .setParameter(1, ref.type()).setParameter(2, ref.slug())
                .getResultList();
        return rows.stream().map(r -> r[0] + " '" + r[1] + "' (" + r[2] + ")").toList();
    }

    private void flushOrConflict(ContentItem item) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new TransitionNotPossibleException("'" + item.title() + "' was changed by someone else at the same time; "
                    + "reload it and try again");
        }
    }
}
