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
import org.koryu.workflow.engine.Effect;
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
        ItemLifecycle life = lifecycle(item);
        Instant now = clock.instant();
        Decision decision = life.decide(item, revisionAuthor(item), request, actor, now);
        if (decision.scheduled()) {
            ScheduledTransition schedule = schedules.add(new ScheduledTransition(id, decision.transition().name(),
                    decision.revision(), decision.at(), actor, decision.comment(), now));
            life.schedule(item, decision, actor, now);
            flushOrConflict(item);
            return new TransitionOutcome(item, decision, schedule);
        }
        apply(life, item, decision, actor, now, decision.comment());
        return new TransitionOutcome(item, decision, null);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void runDue(long scheduleId) {
        // The claim: with several instances on one database, each may find the same schedule due. The row lock
        // makes the others wait for the first one's commit; they then find it done and leave it.
        ScheduledTransition schedule = schedules.claim(scheduleId);
        if (schedule == null || schedule.status() != ScheduledTransition.Status.PENDING) {
            return;
        }
        ContentItem item = contents.item(schedule.itemId());
        em.lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Instant now = clock.instant();
        ItemLifecycle life = lifecycle(item);
        Actor actor = schedule.actingAs();
        String comment = "scheduled by " + schedule.actor() + " for " + schedule.dueAt()
                + (schedule.comment() == null ? "" : ": " + schedule.comment());
        try {
            Decision decision = life.decide(item, revisionAuthor(item), new TransitionRequest(schedule.transition(),
                    schedule.comment(), null, schedule.revision()), actor, now);
            apply(life, item, decision, actor, now, comment);
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
        return workflows.named(item.workflow()).available(actor, item.workflowView(revisionAuthor(item)));
    }

    private String revisionAuthor(ContentItem item) {
        return contents.revision(item.id(), item.currentRevision()).author();
    }

    private ItemLifecycle lifecycle(ContentItem item) {
        return new ItemLifecycle(workflows.named(item.workflow()), contents.auditTrail());
    }

    /** Checks what the effect needs between items, applies the decision, then updates references and read models. */
    private void apply(ItemLifecycle life, ContentItem item, Decision decision, Actor actor, Instant now, String comment) {
        switch (decision.effect()) {
            case PUBLISH -> requireReferencesLive(item);
            case UNPUBLISH -> requireUnused(item);
            case NONE -> { }
        }
        life.apply(item, decision, actor, now, comment);
        if (decision.effect() != Effect.NONE) {
            replaceLiveReferences(item);
            flushOrConflict(item);
            liveChanges.fire(new LiveVersionChanged(item.id(), item.type(), item.slug(), item.isLive()));
        } else {
            flushOrConflict(item);
        }
    }

    private void requireReferencesLive(ContentItem item) {
        List<String> notLive = new ArrayList<>();
        for (ContentRef ref : references(item, item.currentRevision())) {
            if (!isLive(ref)) {
                notLive.add(ref.toString());
            }
        }
        if (!notLive.isEmpty()) {
            throw new ConflictException(Fault.of(ContentCode.SHOWS_UNPUBLISHED, item.title(), String.join(", ", notLive),
                    notLive.size()), notLive);
        }
    }

    /** What the live version shows of other items, kept so that those cannot be unpublished under it. */
    private void replaceLiveReferences(ContentItem item) {
        em.createNativeQuery("DELETE FROM live_reference WHERE item_id = ?").setParameter(1, item.id()).executeUpdate();
        if (!item.isLive()) {
            return;
        }
        for (ContentRef ref : references(item, item.liveRevision())) {
            em.createNativeQuery("INSERT INTO live_reference (item_id, ref_type, ref_slug) VALUES (?, ?, ?)")
                    .setParameter(1, item.id()).setParameter(2, ref.type()).setParameter(3, ref.slug())
                    .executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private java.util.Set<ContentRef> references(ContentItem item, int revision) {
        ContentType<Object> type = (ContentType<Object>) types.byName(item.type());
        return type.references(contents.content(item, revision));
    }

    private void requireUnused(ContentItem item) {
        List<String> users = liveItemsShowing(item.ref());
        if (!users.isEmpty()) {
            throw new ConflictException(Fault.of(ContentCode.SHOWN_BY_PUBLISHED, item.title(), String.join(", ", users)), users);
        }
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
            throw new TransitionNotPossibleException(WorkflowException.Reason.CHANGED_MEANWHILE, "'" + item.title()
                    + "' was changed by someone else at the same time; reload it and try again", item.title());
        }
    }
}
