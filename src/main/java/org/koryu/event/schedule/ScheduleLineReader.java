package org.koryu.event.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.koryu.content.Fault;

/**
 * Reads the dates and hours of a 日時 line (everything before its ※ notes). The grammar, with
 * spaces allowed between tokens:
 * <pre>
 * line    = segment { "/" segment }
 * segment = days [ time "～" time ]          (no hours: all day)
 * days    = date "～" date | date { ("、" | "・" | ",") date }
 * date    = see {@link WrittenDate}: 20日, 9/1日, 9月19日(火), 2024年1月2日, 20日(中止), ...
 * time    = see {@link ClockTimes}: 8:30, 10時, 10時30分
 * </pre>
 * The one shape outside this grammar is the source typo {@code 10月～14日}, read with a warning.
 * A slash is a month/day separator inside a date (9/1日) and a segment separator after hours or a
 * complete date (19:00/21日), which a left-to-right reading tells apart without guessing.
 */
final class ScheduleLineReader {

    /** Guards against a mistyped year turning a range into thousands of occurrences. */
    private static final int MAX_RANGE_DAYS = 366;

    private final ScheduleCursor cursor;
    private final LineDates dates;
    private final List<Fault> warnings = new ArrayList<>();

    ScheduleLineReader(ScheduleCursor cursor, YearMonth heading) {
        this.cursor = cursor;
        this.dates = new LineDates(heading);
    }

    List<Occurrence> read() {
        if (cursor.atEnd()) {
            throw new ScheduleLineException(ScheduleCode.NO_DAY);
        }
        List<Occurrence> occurrences = new ArrayList<>();
        do {
            occurrences.addAll(segment());
        } while (cursor.accept('/'));
        if (!cursor.atEnd()) {
            throw cursor.expected(Expected.NEXT_SEGMENT);
        }
        checkNoDayTwice(occurrences);
        return occurrences;
    }

    List<Fault> warnings() {
        return List.copyOf(warnings);
    }

    private List<Occurrence> segment() {
        List<Day> days = days();
        LocalTime start = null;
        LocalTime end = null;
        if (cursor.peekDigit()) {
            int from = cursor.position();
            start = ClockTimes.read(cursor);
            cursor.expect(ScheduleCursor.RANGE, Expected.BETWEEN_TIMES);
            end = ClockTimes.read(cursor);
            if (!end.isAfter(start)) {
                throw new ScheduleLineException(ScheduleCode.CLOSES_BEFORE_OPENING, cursor.writtenSince(from));
            }
        }
        List<Occurrence> occurrences = new ArrayList<>();
        for (Day day : days) {
            occurrences.add(day.occurrence(start, end));
        }
        return occurrences;
    }

    private List<Day> days() {
        Optional<List<Day>> repaired = monthTypoRange();
        if (repaired.isPresent()) {
            return repaired.get();
        }
        WrittenDate first = WrittenDate.read(cursor);
        LocalDate firstDate = place(first);
        if (cursor.accept(ScheduleCursor.RANGE)) {
            return range(first, firstDate);
        }
        List<Day> days = new ArrayList<>(List.of(Day.of(first, firstDate)));
        while (cursor.acceptAny(ScheduleCursor.LIST_SEPARATORS)) {
            WrittenDate next = WrittenDate.read(cursor);
            days.add(Day.of(next, place(next)));
        }
        return days;
    }

    private List<Day> range(WrittenDate first, LocalDate start) {
        WrittenDate last = WrittenDate.read(cursor);
        if (first.status() != OccurrenceStatus.SCHEDULED || last.status() != OccurrenceStatus.SCHEDULED) {
            throw new ScheduleLineException(ScheduleCode.RANGE_NOT_SCHEDULED, first.text() + "～" + last.text());
        }
        WrittenDate.Numbers numbers = last.numbers();
        LocalDate end = last.checkWeekday(numbers.month() == null
                ? dates.rangeEnd(start, numbers.day())
                : dates.date(numbers.year(), numbers.month(), numbers.day()));
        return days(start, end, first.text() + "～" + last.text());
    }

    /**
     * The source typo {@code 10月～14日} (under 7月) for 10日～14日: read as a range of the current
     * month, with a warning, only in exactly that shape and when the first number is a day of that
     * month before the second; anything else is left to the normal reading, which refuses it.
     */
    private Optional<List<Day>> monthTypoRange() {
        int from = cursor.position();
        if (cursor.peekDigit()) {
            int first = cursor.number(Expected.DAY);
            if (cursor.accept('月') && cursor.accept(ScheduleCursor.RANGE) && cursor.peekDigit()) {
                int last = cursor.number(Expected.DAY);
                YearMonth month = dates.currentMonth();
                if (cursor.accept('日') && (cursor.atEnd() || cursor.peekDigit() || cursor.peekIs('/'))
                        && first >= 1 && first < last && month.isValidDay(last)) {
                    String written = cursor.writtenSince(from);
                    LocalDate start = dates.day(first);
                    LocalDate end = dates.rangeEnd(start, last);
                    warnings.add(Fault.of(ScheduleCode.MONTH_TYPO, written, month.getMonthValue(), first, last));
                    return Optional.of(days(start, end, written));
                }
            }
        }
        cursor.reset(from);
        return Optional.empty();
    }

    private LocalDate place(WrittenDate written) {
        WrittenDate.Numbers numbers = written.numbers();
        LocalDate date = numbers.month() == null
                ? dates.day(numbers.day())
                : dates.date(numbers.year(), numbers.month(), numbers.day());
        return written.checkWeekday(date);
    }

    private static List<Day> days(LocalDate start, LocalDate end, String written) {
        if (!end.isAfter(start)) {
            throw new ScheduleLineException(ScheduleCode.RANGE_ENDS_BEFORE_START, written, LineDates.monthDay(end),
                    LineDates.monthDay(start));
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_RANGE_DAYS) {
            throw new ScheduleLineException(ScheduleCode.RANGE_TOO_LONG, written);
        }
        List<Day> days = new ArrayList<>();
        for (LocalDate date = start; !date.isAfter(end); date = date.plusDays(1)) {
            days.add(new Day(date, OccurrenceStatus.SCHEDULED, null));
        }
        return days;
    }

    private static void checkNoDayTwice(List<Occurrence> occurrences) {
        Set<LocalDate> seen = new HashSet<>();
        for (Occurrence occurrence : occurrences) {
            if (!seen.add(occurrence.date())) {
                throw new ScheduleLineException(ScheduleCode.DAY_TWICE, LineDates.monthDay(occurrence.date()));
            }
        }
    }

    /** A placed date with its status, waiting for the hours that follow the days. */
    private record Day(LocalDate date, OccurrenceStatus status, LocalDate movedFrom) {

        static Day of(WrittenDate written, LocalDate date) {
            WrittenDate.Numbers from = written.movedFrom();
            LocalDate movedFrom = from == null ? null : LineDates.movedFrom(from.year(), from.month(), from.day(), date);
            if (date.equals(movedFrom)) {
                throw new ScheduleLineException(ScheduleCode.MOVED_FROM_ITSELF, written.text());
            }
            return new Day(date, written.status(), movedFrom);
        }

        Occurrence occurrence(LocalTime start, LocalTime end) {
            return new Occurrence(date, start, end, status, movedFrom);
        }
    }
}
