package org.koryu.workflow;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Appends to and reads the audit; it offers no way to change or remove an entry. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    public void record(long itemId, Instant at, String actor, String action, String from, String to, int revision,
                       String comment) {
        em.persist(new AuditEntry(itemId, at, actor, action, from, to, revision, truncate(comment)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> history(long itemId) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.itemId = :item ORDER BY a.id", AuditEntry.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    private static String truncate(String comment) {
        return comment == null || comment.length() <= 2000 ? comment : comment.substring(0, 1999) + "…";
    }
}
