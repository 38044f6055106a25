package org.koryu.content;

import java.sql.SQLException;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.koryu.workflow.engine.Actor;

/**
 * Creates items when several people create at once. A slug is checked free and then inserted; two
 * creations that derive the same slug at the same moment both find it free, and the database's
 * unique index refuses the second. That creation is tried again in a new transaction, where it
 * sees the first one's slug and takes the next; a slug the person asked for is refused as taken.
 */
@ApplicationScoped
public class NewItems {

    /**
     * Every round of a race has one winner, so of n creations deriving the same slug at once the
     * last gets its slug on its n-th try. PostgreSQL queues the racing inserts behind the first and
     * fails all but one together, so n is the number of people creating the same title at once.
     */
    private static final int ATTEMPTS = 50;

    @Inject
    ContentService contents;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public <C> ContentItem create(ContentType<C> type, String requestedSlug, C content, Actor actor) {
        boolean ownTransaction = transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION;
        for (int attempt = 1; ; attempt++) {
            try {
                return contents.create(type, requestedSlug, content, actor);
            } catch (PersistenceException e) {
                if (!isUniqueViolation(e)) {
                    throw e;
                }
                if (requestedSlug != null && !requestedSlug.isBlank()) {
                    throw ValidationException.of("slug", ContentCode.SLUG_TAKEN, type.name(), requestedSlug.strip());
                }
                // Inside a caller's transaction the failed insert has doomed it: nothing can be tried again here.
                if (!ownTransaction || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** SQLState class 23 is an integrity constraint violation in Derby and PostgreSQL alike. */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
