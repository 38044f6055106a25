package org.koryu.event.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Short spellings of occurrences for tests: {@code day("2023-09-19", "8:30", "17:00")}. */
final class Days {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private Days() {
    }

    static Occurrence day(String date, String start, String end) {
        return Occurrence.of(LocalDate.parse(date), LocalTime.parse(start, TIME), LocalTime.parse(end, TIME));
    }

    static Occurrence allDay(String date) {
        return Occurrence.of(LocalDate.parse(date), null, null);
    }

    static Occurrence cancelled(String date, String start, String end) {
        return new Occurrence(LocalDate.parse(date), LocalTime.parse(start, TIME), LocalTime.parse(end, TIME),
                OccurrenceStatus.CANCELLED, null);
    }

    static Occurrence moved(String date, String start, String end, String from) {
        return new Occurrence(LocalDate.parse(date), LocalTime.parse(start, TIME), LocalTime.parse(end, TIME),
                OccurrenceStatus.MOVED, LocalDate.parse(from));
    }
}
