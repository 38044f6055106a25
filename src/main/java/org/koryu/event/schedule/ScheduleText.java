package org.koryu.event.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Prints a schedule as the one Japanese line the ward prints, weekday included:
 * {@code 9月19日(火)～25日(月) 8:30～17:00}. The result reads back with {@link ScheduleLine}.
 *
 * <p>The occurrences are sorted by date, then start time (all-day first), and grouped so:
 * <ol>
 * <li>If there are two or more, all planned, on consecutive dates, with hours that differ only
 *     in the first day's opening and/or the last day's closing, the whole schedule is one range
 *     with the base hours and {@code ※初日は10:00から} / {@code ※最終日13:00まで} (see
 *     {@link BoundaryDayRange} for the base hours). The notes end the line and speak of its
 *     first and last day, so they are only used when the line is that one range.</li>
 * <li>Otherwise planned occurrences on consecutive dates with the same hours form a range
 *     ({@code 28日(木)～29日(金) 9:30～15:30}).</li>
 * <li>Single days that follow each other in the sorted order with the same hours share them,
 *     joined by 、 ({@code 9月19日(火)、25日(月) 10:00～15:00}).</li>
 * <li>A cancelled or moved occurrence always stands alone, with its marker after the date and its
 *     own hours ({@code 7月20日(木)(中止) 10:00～14:00}), so no reader wonders which days a
 *     marker covers.</li>
 * <li>Groups are joined by /. The month is printed on the first date and whenever it changes;
 *     the year only when it differs from the previous date's ({@code 12月30日(土)～2024年1月2日(火)}).
 *     All-day groups print no hours.</li>
 * </ol>
 */
public final class ScheduleText {

    private static final Comparator<Occurrence> CHRONOLOGICAL = Comparator.comparing(Occurrence::date)
            .thenComparing(Occurrence::start, Comparator.nullsFirst(Comparator.naturalOrder()));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private ScheduleText() {
    }

    /** The printed line; an empty string for no occurrences. */
    public static String of(List<Occurrence> occurrences) {
        List<Occurrence> sorted = occurrences.stream().sorted(CHRONOLOGICAL).toList();
        if (sorted.isEmpty()) {
            return "";
        }
        DateWriter dates = new DateWriter();
        Optional<BoundaryDayRange> boundaryRange = BoundaryDayRange.of(sorted);
        if (boundaryRange.isPresent()) {
            BoundaryDayRange range = boundaryRange.get();
            return dates.write(range.first()) + "～" + dates.write(range.last())
                    + " " + time(range.baseStart()) + "～" + time(range.baseEnd()) + range.notes();
        }
        List<String> texts = new ArrayList<>();
        for (Group group : groups(sorted)) {
            texts.add(group.text(dates));
        }
        return String.join("/", texts);
    }

    /** A time as the ward prints it: no leading zero on the hour (8:30, 10:00). */
    static String time(LocalTime time) {
        return TIME.format(time);
    }

    private static List<Group> groups(List<Occurrence> sorted) {
        List<Group> groups = new ArrayList<>();
        for (List<Occurrence> run : runs(sorted)) {
            Group previous = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (run.size() == 1 && previous != null && previous.canList(run.get(0))) {
                previous.add(run.get(0));
            } else {
                groups.add(new Group(run.size() > 1, run));
            }
        }
        return groups;
    }

    /** Maximal runs of planned occurrences on consecutive dates with the same hours. */
    private static List<List<Occurrence>> runs(List<Occurrence> sorted) {
        List<List<Occurrence>> runs = new ArrayList<>();
        List<Occurrence> run = new ArrayList<>();
        for (Occurrence day : sorted) {
            if (!run.isEmpty() && !continuesRun(run.get(run.size() - 1), day)) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(day);
        }
        runs.add(run);
        return runs;
    }

    private static boolean continuesRun(Occurrence previous, Occurrence next) {
        return isPlanned(previous) && isPlanned(next)
                && next.date().equals(previous.date().plusDays(1)) && next.hasSameHoursAs(previous);
    }

    private static boolean isPlanned(Occurrence occurrence) {
        return occurrence.status() == OccurrenceStatus.SCHEDULED;
    }

    /** Days printed together: a range (first～last) or a list joined by 、, followed by their shared hours. */
    private static final class Group {

        private final boolean range;
        private final List<Occurrence> days;

        Group(boolean range, List<Occurrence> days) {
            this.range = range;
            this.days = new ArrayList<>(days);
        }

        boolean canList(Occurrence day) {
            Occurrence first = days.get(0);
            return !range && isPlanned(first) && isPlanned(day) && first.hasSameHoursAs(day);
        }

        void add(Occurrence day) {
            days.add(day);
        }

        String text(DateWriter dates) {
            StringBuilder text = new StringBuilder();
            if (range) {
                text.append(dates.write(days.get(0))).append('～').append(dates.write(days.get(days.size() - 1)));
            } else {
                for (int i = 0; i < days.size(); i++) {
                    text.append(i == 0 ? "" : "、").append(dates.write(days.get(i)));
                }
            }
            Occurrence first = days.get(0);
            if (!first.isAllDay()) {
                text.append(' ').append(time(first.start())).append('～').append(time(first.end()));
            }
            return text.toString();
        }
    }

    /** Writes dates left to right, repeating the month and year only when they change. */
    private static final class DateWriter {

        private LocalDate previous;

        String write(Occurrence occurrence) {
            LocalDate date = occurrence.date();
            StringBuilder text = new StringBuilder();
            if (previous != null && previous.getYear() != date.getYear()) {
                text.append(date.getYear()).append('年');
            }
            if (previous == null || !previous.withDayOfMonth(1).equals(date.withDayOfMonth(1))) {
                text.append(date.getMonthValue()).append('月');
            }
            text.append(date.getDayOfMonth()).append("日(").append(Weekdays.nameOf(date.getDayOfWeek())).append(')');
            previous = date;
            return text.append(marker(occurrence)).toString();
        }

        private static String marker(Occurrence occurrence) {
            return switch (occurrence.status()) {
                case SCHEDULED -> "";
                case CANCELLED -> "(中止)";
                case MOVED -> "(" + movedFromText(occurrence) + "から延期)";
            };
        }

        private static String movedFromText(Occurrence occurrence) {
            LocalDate from = occurrence.movedFrom();
            String year = from.getYear() == occurrence.date().getYear() ? "" : from.getYear() + "年";
            return year + from.getMonthValue() + "月" + from.getDayOfMonth() + "日";
        }
    }
}
