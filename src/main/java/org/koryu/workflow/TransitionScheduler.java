package org.koryu.workflow;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks for due schedules at a fixed interval ({@code KORYU_SCHEDULER_INTERVAL_SECONDS}, default
 * 15) and runs each in its own transaction, so that one failure does not hold up the others.
 * The first look happens at start, which catches up on schedules that fell due while Koryu was down.
 */
@ApplicationScoped
public class TransitionScheduler {

    private static final Logger LOG = Logger.getLogger(TransitionScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Schedules schedules;

    @Inject
    DueTransitions due;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "koryu.scheduler.interval-seconds", defaultValue = "15")
    int intervalSeconds;

    private ScheduledFuture<?> task;

    public void start() {
        task = executor.scheduleWithFixedDelay(this::runDue, 0, intervalSeconds, TimeUnit.SECONDS);
    }

    /** Runs whatever is due now; answers how many schedules it handled. */
    public int runDue() {
        try {
            List<Long> ids = schedules.dueIds(clock.instant());
            for (Long id : ids) {
                try {
                    due.runDue(id);
                } catch (RuntimeException e) {
                    // E.g. the item was being saved at that moment: the schedule stays pending for the next look.
                    LOG.log(Level.WARNING, "Schedule " + id + " did not run: " + e.getMessage(), e);
                }
            }
            return ids.size();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for due schedules failed", e);
            return 0;
        }
    }

    @PreDestroy
    public void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
