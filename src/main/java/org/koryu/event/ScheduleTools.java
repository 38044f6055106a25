package org.koryu.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.koryu.content.ValidationException;
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

    private static final String LINE = "line";

    private static final Pattern MONTH = Pattern.compile("([0-9０-９]{1,2})\\s*月");

    private ScheduleTools() {
    }

    /** The line as the ward prints it, or the faults (by field) that keep it from being written. */
    public record Preview(String line, List<Violation> problems) {
    }

    /** Days read from a line, with what the reader repaired (as faults of the field {@code line}, to be checked) and the note it kept. */
    public record FromLine(List<OccurrenceContent> occurrences, List<Violation> warnings, String note) {
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
     * @throws ValidationException naming each fault by the input it concerns ({@code rangeTo},
     *         {@code rangeStart}, {@code rangeEnd}, {@code firstDayStart}, {@code lastDayEnd}), e.g. an end before the start
     */
    public static List<OccurrenceContent> range(LocalDate from, LocalDate to, LocalTime start, LocalTime end,
                                                LocalTime firstDayStart, LocalTime lastDayEnd) {
        Violations v = new Violations();
        if (from == null || to == null) {
            v.add("rangeTo", EventCode.RANGE_DAYS_REQUIRED);
        } else if (to.isBefore(from)) {
            v.add("rangeTo", EventCode.RANGE_END_BEFORE_START, to, from);
        } else if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
            v.add("rangeTo", EventCode.RANGE_TOO_LONG, MAX_RANGE_DAYS);
        }
        if ((start == null) != (end == null)) {
            v.add(start == null ? "rangeStart" : "rangeEnd", EventCode.TIMES_INCOMPLETE);
        } else if (start == null && (firstDayStart != null || lastDayEnd != null)) {
            v.add("rangeStart", EventCode.RANGE_DAILY_HOURS_FIRST);
        } else if (start != null) {
            boolean oneDay = from != null && from.equals(to);
            LocalTime firstDayEnd = oneDay && lastDayEnd != null ? lastDayEnd : end;
            LocalTime lastDayOpening = oneDay && firstDayStart != null ? firstDayStart : start;
            checkHours(start, end, "rangeEnd", v);
            checkHours(firstDayStart, firstDayEnd, "firstDayStart", v);
            checkHours(lastDayOpening, lastDayEnd, "lastDayEnd", v);
        }
        v.throwIfAny();
        List<Occurrence> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalTime open = day.equals(from) && firstDayStart != null ? firstDayStart : start;
            LocalTime close = day.equals(to) && lastDayEnd != null ? lastDayEnd : end;
            days.add(Occurrence.of(day, open, close));
        }
        return EventSchedule.write(days);
    }

    /** A day's hours, where both are given: the closing must come after the opening. */
    private static void checkHours(LocalTime open, LocalTime close, String field, Violations v) {
        if (open != null && close != null) {
            v.check(close.isAfter(open), field, EventCode.END_NOT_AFTER_START, EventSchedule.format(open),
                    EventSchedule.format(close));
        }
    }

    /**
     * Days from a line such as {@code 9月19日(火)～25日(月) 8:30～17:00 ※初日は10:00から}: the first
     * month written in it (and {@code year}) place the days.
     *
     * @throws ValidationException of the field {@code line} when the line names no month or cannot be read for sure
     */
    public static FromLine fromLine(String line, int year) {
        if (line == null || line.isBlank()) {
            throw ValidationException.of(LINE, EventCode.LINE_EMPTY);
        }
        Matcher month = MONTH.matcher(line);
        if (!month.find()) {
            throw ValidationException.of(LINE, EventCode.LINE_WITHOUT_MONTH);
        }
        int m = Integer.parseInt(toAscii(month.group(1)));
        if (m < 1 || m > 12) {
            throw ValidationException.of(LINE, EventCode.LINE_NO_SUCH_MONTH, m);
        }
        try {
            ParsedSchedule parsed = ScheduleLine.parse(line, YearMonth.of(year, m));
            List<Violation> warnings = parsed.warnings().stream().map(w -> w.at(LINE)).toList();
            return new FromLine(EventSchedule.write(parsed.occurrences()), warnings, parsed.note());
        } catch (ScheduleLineException e) {
            throw new ValidationException(List.of(e.fault().at(LINE)));
        }
    }

    private static String toAscii(String digits) {
        StringBuilder ascii = new StringBuilder();
        digits.codePoints().forEach(c -> ascii.append(c >= '０' && c <= '９' ? (char) ('0' + c - '０') : (char) c));
        return ascii.toString();
    }
}
