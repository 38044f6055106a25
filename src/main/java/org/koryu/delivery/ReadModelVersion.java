package org.koryu.delivery;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koryu.content.LiveVersionChanged;
import org.koryu.transfer.ArchiveImported;

/**
 * The read model's current version without a database round trip per request. A commit on this
 * instance makes it re-read at once (so a publish changes every affected answer immediately); a
 * commit on another instance sharing the database is seen within
 * {@code koryu.delivery.version-check-millis} (default 250).
 */
@ApplicationScoped
public class ReadModelVersion {

    @Inject
    DeliveryQueries queries;

    @Inject
    @ConfigProperty(name = "koryu.delivery.version-check-millis", defaultValue = "250")
    long checkMillis;

    private record Known(DeliveryQueries.State state, long checkedAtNanos, long commits) {
    }

    private volatile Known known;
    private final AtomicLong commits = new AtomicLong();

    public DeliveryQueries.State current() {
        Known k = known;
        long now = System.nanoTime();
        long seen = commits.get();
        if (k == null || k.commits() != seen || now - k.checkedAtNanos() > checkMillis * 1_000_000L) {
            // A state read before a local commit may arrive after it: it is used, but remembered only
            // when no commit happened meanwhile, so the next request reads again.
            DeliveryQueries.State state = queries.state();
            known = new Known(state, now, seen);
            return state;
        }
        return k.state();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveVersionChanged change) {
        commits.incrementAndGet();
    }

    void afterImport(@Observes ArchiveImported imported) {
        commits.incrementAndGet();
    }
}
