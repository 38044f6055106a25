package org.koryu.workflow;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The persisted schedules: what is pending for an item, and what has fallen due. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Schedules {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public ScheduledTransition add(ScheduledTransition schedule) {
        em.persist(schedule);
        return schedule;
    }

    public List<ScheduledTransition> pendingFor(long itemId) {
        return em.createQuery("SELECT s FROM ScheduledTransition s WHERE s.itemId = :item AND s.status = :pending "
                        + "ORDER BY s.dueAt, s.id", ScheduledTransition.class)
                .setParameter("item", itemId)
                .setParameter("pending", ScheduledTransition.Status.PENDING)
                .getResultList();
    }

    public List<ScheduledTransition> forItem(long itemId) {
        return em.createQuery("SELECT s FROM ScheduledTransition s WHERE s.itemId = :item ORDER BY s.id DESC",
                        ScheduledTransition.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    /** Runs in a transaction of its own: the scheduler's thread has no request around it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> dueIds(Instant now) {
        return em.createQuery("SELECT s.id FROM ScheduledTransition s WHERE s.status = :pending AND s.dueAt <= :now "
                        + "ORDER BY s.dueAt, s.id", Long.class)
                .setParameter("pending", ScheduledTransition.Status.PENDING)
                .setParameter("now", now)
                .getResultList();
    }

    public List<ScheduledTransition> allPending() {
        return em.createQuery("SELECT s FROM ScheduledTransition s WHERE s.status = :pending ORDER BY s.dueAt, s.id",
                        ScheduledTransition.class)
                .setParameter("pending", ScheduledTransition.Status.PENDING)
                .getResultList();
    }

    /** The schedule, locked until the end of the transaction (SELECT … FOR UPDATE), or null. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ScheduledTransition claim(long id) {
        return em.find(ScheduledTransition.class, id, LockModeType.PESSIMISTIC_WRITE);
    }
}
