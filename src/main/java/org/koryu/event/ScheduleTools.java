package org.koryu.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.koryu.content.Violation;
import org.koryu.content.Violations;
import org.koryu.event.schedule.Occurrence;
import org.koryu.event.schedule.ParsedSchedule;
import org.koryu.event.schedule.ScheduleLine;
import org.koryu.event.schedule.ScheduleLineException;
import org.koryu.event.schedule.ScheduleText;

/**
 * What the schedule editor offers besides typing days one by one: the printed line and the
 * faults of the days as they stand, days filled in from a range, and days read from a line
 * written the way the ward prints it. The rules are the event's own (EventSchedule, ScheduleLine).
 */
public final class ScheduleTools {

    /** A year of days at most: longer runs are exhibitions described otherwise, and a typo in a year should not make thousands of rows. */
    static final int MAX_RANGE_DAYS = 366;

    private static final Pattern MONTH = Pattern.compile("([0-9０-９]{1,2})\\s*月");

    private ScheduleTools() {
    }

    /** The line as the ward prints it, or the faults (by field) that keep it from being written. */
    public record Preview(String line, List<Violation> problems) {
    }

    /** Days read from a line, with what the reader repaired or could not use. */
    public record FromLine(List<OccurrenceContent> occurrences, List<String> warnings, String note) {
    }

    public static Preview preview(List<OccurrenceContent> occurrences) {
        Violations v = new Violations();
        List<Occurrence> read = EventSchedule.read(occurrences.stream().map(EventSchedule::normalized).toList(), v);
        return new Preview(v.isEmpty() ? ScheduleText.of(read) : "", v.list());
    }

    /**
     * Every day from {@code from} to {@code to} with the same hours, except that the first day may
     * open later and the last close earlier (the ward's {@code ※初日は10:00から}, {@code ※最終日13:00まで}).
     *
     * @throws IllegalArgumentException naming the fault, e.g. an end before the start
     */
    public static List<OccurrenceContent> range(LocalDate from, LocalDate to, LocalTime start, LocalTime end,
                                                LocalTime firstDayStart, LocalTime lastDayEnd) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("give the first and the last day");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the last day (" + to + ") is before the first (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
            throw new IllegalArgumentException("at most " + MAX_RANGE_DAYS + " days at once");
        }
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("give both the opening and the closing time, or neither (all day)");
        }
        if ((firstDayStart != null || lastDayEnd != null) && start == null) {
            throw new IllegalArgumentException("first- and last-day hours change the daily hours: give those first");
        }
        List<Occurrence> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalTime open = day.equals(from) && firstDayStart != null ? firstDayStart : start;
            LocalTime close = day.equals(to) && lastDayEnd != null ? lastDayEnd : end;
            days.add(Occurrence.of(day, open, close));
        }
        return EventSchedule.write(days);
    }

    /**
     * Days from a line such as {@code 9月19日(火)～25日(月) 8:30～17:00 ※初日は10:00から}: the first
     * month written in it (and {@code year}) place the days.
     *
     * @throws IllegalArgumentException when the line names no month or cannot be read for sure
     */
    public static FromLine fromLine(String line, int year) {
        if (line == null || line.isBlank()) {
            throw new IllegalArgumentException("write the dates, e.g. 9月19日～25日 8:30～17:00");
        }
        Matcher month = MONTH.matcher(line);
        if (!month.find()) {
            throw new IllegalArgumentException("write the month too, e.g. 9月19日～25日");
        }
        int m = Integer.parseInt(toAscii(month.group(1)));
        if (m < 1 || m > 12) {
            throw new IllegalArgumentException("there is no month " + m);
        }
        try {
            ParsedSchedule parsed = ScheduleLine.parse(line, YearMonth.of(year, m));
            return new FromLine(EventSchedule.write(parsed.occurrences()), parsed.warnings(), parsed.note());
        } catch (ScheduleLineException | java.time.DateTimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String toAscii(String digits) {
        StringBuilder ascii = new StringBuilder();
        digits.codePoints().forEach(c -> ascii.append(c >= '０' && c <= '９' ? (char) ('0' + c - '０') : (char) c));
        return ascii.toString();
    }
}
