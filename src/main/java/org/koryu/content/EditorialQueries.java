package org.koryu.content;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/** The lists editors and supervisors work from: their drafts, what waits for review, what was sent back. */
@ApplicationScoped
public class EditorialQueries {

    private static final String SUMMARY = "SELECT NEW org.koryu.content.ItemSummary(i.id, i.type, i.slug, i.title, i.state, "
            + "i.currentRevision, i.liveRevision, r.author, i.updatedAt, i.updatedBy) "
            + "FROM ContentItem i, Revision r WHERE r.itemId = i.id AND r.number = i.currentRevision";

    @PersistenceContext
    EntityManager em;

    /** Drafts whose current revision this person wrote. */
    public List<ItemSummary> draftsOf(String user, int limit) {
        return query(" AND i.state = 'draft' AND r.author = :user ORDER BY i.updatedAt DESC", limit)
                .setParameter("user", user).getResultList();
    }

    /** Items in review that this person did not write (they may review them). */
    public List<ItemSummary> awaitingReviewBy(String user, int limit) {
        return query(" AND i.state = 'in_review' AND r.author <> :user ORDER BY i.updatedAt", limit)
                .setParameter("user", user).getResultList();
    }

    /** Items in a state, newest change first. */
    public List<ItemSummary> inState(String state, int limit) {
        return query(" AND i.state = :state ORDER BY i.updatedAt DESC", limit).setParameter("state", state).getResultList();
    }

    /** Drafts of this person's that a reviewer sent back, with the most recent first. */
    public List<ItemSummary> sentBackTo(String user, int limit) {
        return query(" AND i.state = 'draft' AND r.author = :user AND EXISTS (SELECT a FROM AuditEntry a WHERE a.itemId = i.id "
                + "AND a.action = 'reject' AND a.revision = i.currentRevision) ORDER BY i.updatedAt DESC", limit)
                .setParameter("user", user).getResultList();
    }

    /** What a reviewer said when sending each of these items back: the latest rejection of its current revision. */
    public List<SentBack> withRejection(List<ItemSummary> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("SELECT a.itemId, a.comment, a.actor, a.occurredAt FROM AuditEntry a "
                + "WHERE a.action = 'reject' AND a.itemId IN :ids ORDER BY a.occurredAt, a.id", Object[].class)
                .setParameter("ids", items.stream().map(ItemSummary::id).toList()).getResultList();
        java.util.Map<Long, Object[]> latest = new java.util.HashMap<>();
        rows.forEach(r -> latest.put((Long) r[0], r));
        return items.stream().map(i -> {
            Object[] r = latest.get(i.id());
            return r == null ? new SentBack(i, null, null, null)
                    : new SentBack(i, (String) r[1], (String) r[2], (java.time.Instant) r[3]);
        }).toList();
    }

    /** Transitions waiting for their time, soonest first, with the item they act on. */
    public List<ScheduledItem> scheduled(int limit) {
        return em.createQuery("SELECT NEW org.koryu.content.ScheduledItem(i.id, i.type, i.title, s.transition, s.dueAt, s.actor) "
                + "FROM ScheduledTransition s, ContentItem i WHERE s.itemId = i.id "
                + "AND s.status = org.koryu.workflow.ScheduledTransition.Status.PENDING ORDER BY s.dueAt, s.id",
                ScheduledItem.class).setMaxResults(limit).getResultList();
    }

    public List<ItemSummary> ofType(String type, int limit) {
        return query(" AND i.type = :type ORDER BY i.updatedAt DESC", limit).setParameter("type", type).getResultList();
    }

    private TypedQuery<ItemSummary> query(String tail, int limit) {
        return em.createQuery(SUMMARY + tail, ItemSummary.class).setMaxResults(limit);
    }
}
