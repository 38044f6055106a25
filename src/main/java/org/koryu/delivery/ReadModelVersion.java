package org.koryu.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koryu.content.LiveVersionChanged;

/**
 * The read model's current version without a database round trip per request. A commit on this
 * instance makes it re-read at once (so a publish changes every affected answer immediately); a
 * commit on another instance sharing the database is seen within
 * {@code koryu.delivery.version-check-millis} (default 1000).
 */
@ApplicationScoped
public class ReadModelVersion {

    @Inject
    DeliveryQueries queries;

    @Inject
    @ConfigProperty(name = "koryu.delivery.version-check-millis", defaultValue = "1000")
    long checkMillis;

    private volatile DeliveryQueries.State known;
    private volatile long checkedAtNanos;

    public DeliveryQueries.State current() {
        DeliveryQueries.State state = known;
        long now = System.nanoTime();
        if (state == null || now - checkedAtNanos > checkMillis * 1_000_000L) {
            state = queries.state();
            known = state;
            checkedAtNanos = now;
        }
        return state;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveVersionChanged change) {
        known = null;
    }
}
