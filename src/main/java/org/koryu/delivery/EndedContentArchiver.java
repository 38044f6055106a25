package org.koryu.delivery;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.koryu.content.ContentType;
import org.koryu.content.ContentTypes;
import org.koryu.content.TransitionService;
import org.koryu.platform.DataSourceDeclaration;
import org.koryu.platform.TimeZones;
import org.koryu.workflow.engine.Actor;
import org.koryu.workflow.engine.TransitionRequest;
import org.koryu.workflow.engine.WorkflowException;

/**
 * The optional rule that archives dated content a set number of days after its last day, e.g.
 * {@code KORYU_ARCHIVE_EVENT_AFTER_DAYS=30}. Off unless configured: a ward keeps its past events
 * online. The rule fires the workflow's {@code archive} transition as the system, so the audit
 * says who did it and the workflow can refuse it like any other.
 */
@ApplicationScoped
public class EndedContentArchiver {

    private static final Logger LOG = Logger.getLogger(EndedContentArchiver.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    ContentTypes types;

    @Inject
    TransitionService transitions;

    @Inject
    Config config;

    @Inject
    Clock clock;

    private ScheduledFuture<?> task;

    public void start() {
        int interval = config.getOptionalValue("koryu.scheduler.interval-seconds", Integer.class).orElse(15);
        task = executor.scheduleWithFixedDelay(this::archiveEnded, 0, Math.max(interval, 1), TimeUnit.SECONDS);
    }

    /** Archives, for each type with a configured delay, the live items whose last day lies that many days back. */
    public int archiveEnded() {
        int archived = 0;
        LocalDate today = LocalDate.now(clock.withZone(TimeZones.TOKYO));
        for (ContentType<?> type : types.all()) {
            Optional<Integer> days = config.getOptionalValue("koryu.archive." + type.name() + ".after-days", Integer.class);
            if (days.isEmpty() || days.get() < 0) {
                continue;
            }
            for (long id : endedBefore(type.name(), today.minusDays(days.get()))) {
                try {
                    transitions.fire(id, TransitionRequest.of("archive"), Actor.SYSTEM);
                    archived++;
                } catch (WorkflowException e) {
                    LOG.fine(() -> "Item " + id + " not archived: " + e.getMessage());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Archiving item " + id + " failed", e);
                }
            }
        }
        return archived;
    }

    private List<Long> endedBefore(String type, LocalDate cutoff) {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT item_id FROM delivery_item WHERE content_type = ? AND last_day < ? ORDER BY item_id")) {
            ps.setString(1, type);
            ps.setDate(2, Date.valueOf(cutoff));
            ps.setMaxRows(500);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Looking for ended " + type + " items failed", e);
        }
        return ids;
    }

    @PreDestroy
    public void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
