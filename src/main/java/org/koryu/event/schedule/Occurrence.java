package org.koryu.event.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One day of an event, in Japan time. Without hours ({@code start} and {@code end} both null) it
 * lasts all day. A moved occurrence remembers the date it was moved from, because calendars and
 * schema.org announce the change ("7月13日から延期", previousStartDate).
 */
public record Occurrence(LocalDate date, LocalTime start, LocalTime end, OccurrenceStatus status,
                         LocalDate movedFrom) {

    public Occurrence {
        if (date == null) {
            throw new IllegalArgumentException("an occurrence needs a date");
        }
        if (status == null) {
            throw new IllegalArgumentException("occurrence on " + date + " needs a status");
        }
        checkHours(date, start, end);
        checkMovedFrom(date, status, movedFrom);
    }

    /** A day as planned, with hours, or all day when both times are null. */
    public static Occurrence of(LocalDate date, LocalTime start, LocalTime end) {
        return new Occurrence(date, start, end, OccurrenceStatus.SCHEDULED, null);
    }

    public boolean isAllDay() {
        return start == null;
    }

    /** The same day with other hours, keeping status and origin. */
    public Occurrence withHours(LocalTime newStart, LocalTime newEnd) {
        return new Occurrence(date, newStart, newEnd, status, movedFrom);
    }

    boolean hasSameHoursAs(Occurrence other) {
        return Objects.equals(start, other.start) && Objects.equals(end, other.end);
    }

    private static void checkHours(LocalDate date, LocalTime start, LocalTime end) {
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("occurrence on " + date
                    + " has only " + (start == null ? "a closing" : "an opening")
                    + " time: give both start and end, or neither for an all-day occurrence");
        }
        if (start != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("occurrence on " + date + " ends at " + end
                    + ", which is not after its start at " + start);
        }
    }

    private static void checkMovedFrom(LocalDate date, OccurrenceStatus status, LocalDate movedFrom) {
        if (status == OccurrenceStatus.MOVED && movedFrom == null) {
            throw new IllegalArgumentException("occurrence on " + date
                    + " is marked moved but does not say which date it was moved from");
        }
        if (status != OccurrenceStatus.MOVED && movedFrom != null) {
            throw new IllegalArgumentException("occurrence on " + date + " is " + status.key()
                    + " but names a date it was moved from (" + movedFrom + "); only moved occurrences may");
        }
        if (date.equals(movedFrom)) {
            throw new IllegalArgumentException("occurrence on " + date + " cannot be moved from its own date");
        }
    }
}
