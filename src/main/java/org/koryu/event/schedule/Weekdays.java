package org.koryu.event.schedule;

import java.time.DayOfWeek;
import java.util.Optional;

/** The one-character weekday names printed after a date: 9月19日(火). */
final class Weekdays {

    private static final String NAMES = "月火水木金土日";

    private Weekdays() {
    }

    static char nameOf(DayOfWeek day) {
        return NAMES.charAt(day.getValue() - 1);
    }

    static Optional<DayOfWeek> byName(char name) {
        int index = NAMES.indexOf(name);
        return index < 0 ? Optional.empty() : Optional.of(DayOfWeek.of(index + 1));
    }
}
