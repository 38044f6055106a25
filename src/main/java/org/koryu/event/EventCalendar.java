package org.koryu.event;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.koryu.content.ContentItem;
import org.koryu.content.ContentService;
import org.koryu.content.Violations;
import org.koryu.event.schedule.Occurrence;

/**
 * The editors' calendar: every day of every event (drafts, items in review, published and
 * archived ones alike) that falls in a range, as the current revision schedules it. Only the items
 * the editorial index lists for the range are read, so a month costs what its events cost.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventCalendar {

    /** Longer ranges are refused: a calendar shows at most a few weeks at once. */
    static final int MAX_DAYS = 62;

    /** One day of one event on the calendar; times are null for an all-day occurrence. */
    public record Day(long itemId, String title, String kind, String state, boolean live, LocalDate date,
                      LocalTime start, LocalTime end, String status) {

        public boolean allDay() {
            return start == null;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentService contents;

    /** The event days from {@code from} up to, not including, {@code until}, in date and time order. */
    public List<Day> between(LocalDate from, LocalDate until) {
        if (!until.isAfter(from) || from.plusDays(MAX_DAYS).isBefore(until)) {
            throw new IllegalArgumentException("a calendar range is 1 to " + MAX_DAYS + " days, not " + from + " to " + until);
        }
        List<?> ids = em.createNativeQuery("SELECT DISTINCT d.item_id FROM editorial_day d JOIN content_item i ON i.id = d.item_id "
                        + "WHERE i.content_type = ? AND d.on_day >= ? AND d.on_day < ?")
                .setParameter(1, EventType.NAME).setParameter(2, Date.valueOf(from)).setParameter(3, Date.valueOf(until))
                .getResultList();
        List<Day> days = new ArrayList<>();
        for (Object id : ids) {
            ContentItem item = contents.item(((Number) id).longValue());
            EventContent content = (EventContent) contents.content(item, item.currentRevision());
            for (Occurrence o : EventSchedule.read(content.occurrences(), new Violations())) {
                if (!o.date().isBefore(from) && o.date().isBefore(until)) {
                    days.add(new Day(item.id(), item.title(), content.kind(), item.state(), item.isLive(), o.date(),
                            o.start(), o.end(), o.status().key()));
                }
            }
        }
        days.sort(Comparator.comparing(Day::date).thenComparing(d -> d.start() == null ? LocalTime.MIN : d.start())
                .thenComparing(Day::itemId));
        return days;
    }
}
