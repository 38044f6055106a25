package org.koryu.event.schedule;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * A run of consecutive days that share their hours except that the first day opens at another
 * time and/or the last day closes at another time, as exhibitions announce it:
 * {@code 19日～25日 8:30～17:00 ※初日は10:00から}. Either exception time is null when it does not apply.
 */
record BoundaryDayRange(Occurrence first, Occurrence last, LocalTime baseStart, LocalTime baseEnd,
                        LocalTime firstDayStart, LocalTime lastDayEnd) {

    /**
     * The range the sorted occurrences form, if they do. With three or more days the middle days
     * set the base hours; with two days there is no middle, so one day must keep the base hours
     * and only one exception applies, never a base that no day actually has.
     */
    static Optional<BoundaryDayRange> of(List<Occurrence> sorted) {
        if (sorted.size() < 2 || !allPlannedConsecutiveWithHours(sorted) || allSameHours(sorted)) {
            return Optional.empty();
        }
        Occurrence first = sorted.get(0);
        Occurrence last = sorted.get(sorted.size() - 1);
        Occurrence base = baseDay(sorted);
        if (base == null || !first.end().equals(base.end()) || !last.start().equals(base.start())
                || !sorted.subList(1, sorted.size() - 1).stream().allMatch(base::hasSameHoursAs)) {
            return Optional.empty();
        }
        return Optional.of(new BoundaryDayRange(first, last, base.start(), base.end(),
                first.start().equals(base.start()) ? null : first.start(),
                last.end().equals(base.end()) ? null : last.end()));
    }

    /** The ※ notes that follow the base hours, each with its leading space. */
    String notes() {
        StringBuilder notes = new StringBuilder();
        if (firstDayStart != null) {
            notes.append(" ※初日は").append(ScheduleText.time(firstDayStart)).append("から");
        }
        if (lastDayEnd != null) {
            notes.append(" ※最終日").append(ScheduleText.time(lastDayEnd)).append("まで");
        }
        return notes.toString();
    }

    private static Occurrence baseDay(List<Occurrence> sorted) {
        Occurrence first = sorted.get(0);
        Occurrence last = sorted.get(sorted.size() - 1);
        if (sorted.size() > 2) {
            return sorted.get(1);
        }
        if (first.start().equals(last.start())) {
            return first;
        }
        return first.end().equals(last.end()) ? last : null;
    }

    private static boolean allPlannedConsecutiveWithHours(List<Occurrence> sorted) {
        for (int i = 0; i < sorted.size(); i++) {
            Occurrence day = sorted.get(i);
            if (day.status() != OccurrenceStatus.SCHEDULED || day.isAllDay()) {
                return false;
            }
            if (i > 0 && !day.date().equals(sorted.get(i - 1).date().plusDays(1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allSameHours(List<Occurrence> sorted) {
        return sorted.stream().allMatch(sorted.get(0)::hasSameHoursAs);
    }
}
