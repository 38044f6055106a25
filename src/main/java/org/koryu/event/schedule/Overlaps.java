package org.koryu.event.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The days on which two schedules meet: same date, and hours that overlap (an all-day occurrence
 * overlaps any hours). Cancelled days do not occupy the venue; touching hours (one ends at 12:00,
 * the next starts at 12:00) do not overlap.
 */
public final class Overlaps {

    private Overlaps() {
    }

    public static List<LocalDate> between(List<Occurrence> a, List<Occurrence> b) {
        Map<LocalDate, Occurrence> byDay = b.stream().filter(Overlaps::occupies)
                .collect(Collectors.toMap(Occurrence::date, Function.identity(), (x, y) -> x));
        List<LocalDate> days = new ArrayList<>();
        for (Occurrence o : a) {
            Occurrence other = byDay.get(o.date());
            if (occupies(o) && other != null && hoursMeet(o, other)) {
                days.add(o.date());
            }
        }
        days.sort(null);
        return days;
    }

    private static boolean occupies(Occurrence o) {
        return o.status() != OccurrenceStatus.CANCELLED;
    }

    private static boolean hoursMeet(Occurrence x, Occurrence y) {
        if (x.isAllDay() || y.isAllDay()) {
            return true;
        }
        return x.start().isBefore(y.end()) && y.start().isBefore(x.end());
    }
}
