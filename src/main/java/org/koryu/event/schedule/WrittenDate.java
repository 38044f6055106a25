package org.koryu.event.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One date as written in a 日時 line, before it is placed in a month: {@code 20日},
 * {@code 9/1日}, {@code 9月19日(火)} or {@code 2024年1月2日}, then an optional weekday and an optional
 * {@code (中止)} or {@code (7月13日から延期)} marker. The weekday and moved-from date are null when
 * not written.
 */
record WrittenDate(Numbers numbers, DayOfWeek weekday, OccurrenceStatus status, Numbers movedFrom, String text) {

    /** The numbers of a date; year and month are null when the text leaves them out. */
    record Numbers(Integer year, Integer month, int day) {
    }

    static WrittenDate read(ScheduleCursor cursor) {
        int from = cursor.position();
        Numbers numbers = readNumbers(cursor);
        DayOfWeek weekday = readWeekday(cursor);
        String text = cursor.writtenSince(from);
        if (cursor.acceptWord("(中止)")) {
            return new WrittenDate(numbers, weekday, OccurrenceStatus.CANCELLED, null, text);
        }
        int mark = cursor.position();
        if (cursor.accept('(') && cursor.peekDigit()) {
            Numbers movedFrom = readNumbers(cursor);
            if (!cursor.acceptWord("から延期")) {
                throw cursor.expected(Expected.MOVED_MARK);
            }
            cursor.expect(')', Expected.MOVED_CLOSE);
            return new WrittenDate(numbers, weekday, OccurrenceStatus.MOVED, movedFrom, text);
        }
        cursor.reset(mark);
        return new WrittenDate(numbers, weekday, OccurrenceStatus.SCHEDULED, null, text);
    }

    /** Refuses a weekday that does not match: either it or the date is wrong, and only the source can say which. */
    LocalDate checkWeekday(LocalDate date) {
        if (weekday != null && weekday != date.getDayOfWeek()) {
            throw new ScheduleLineException(ScheduleCode.WRONG_WEEKDAY, text, date.toString(), date.getDayOfWeek().getValue(),
                    Weekdays.nameOf(weekday));
        }
        return date;
    }

    private static Numbers readNumbers(ScheduleCursor cursor) {
        int from = cursor.position();
        int first = cursor.number(Expected.DAY);
        if (cursor.accept('年')) {
            int month = cursor.number(Expected.MONTH_AFTER_YEAR);
            cursor.expect('月', Expected.MONTH_MARK);
            return new Numbers(first, month, numberedDay(cursor));
        }
        if (cursor.accept('月')) {
            String month = cursor.writtenSince(from);
            if (cursor.peekDigit()) {
                int day = cursor.number(Expected.DAY);
                if (cursor.accept('日')) {
                    return new Numbers(null, first, day);
                }
            }
            throw new ScheduleLineException(ScheduleCode.MONTH_WITHOUT_DAY, cursor.whole(), month, first);
        }
        if (cursor.accept('/')) {
            int day = cursor.number(Expected.DAY_AFTER_SLASH);
            cursor.accept('日');
            return new Numbers(null, first, day);
        }
        cursor.expect('日', Expected.DAY_MARK);
        return new Numbers(null, null, first);
    }

    private static int numberedDay(ScheduleCursor cursor) {
        int day = cursor.number(Expected.DAY);
        cursor.expect('日', Expected.DAY_MARK);
        return day;
    }

    /** A weekday in brackets, (火) or (月・祝); null, with nothing read, when the brackets hold something else. */
    private static DayOfWeek readWeekday(ScheduleCursor cursor) {
        int mark = cursor.position();
        if (!cursor.accept('(')) {
            return null;
        }
        char name = cursor.peek();
        DayOfWeek weekday = Weekdays.byName(name).orElse(null);
        if (weekday == null) {
            cursor.reset(mark);
            return null;
        }
        cursor.accept(name);
        if (cursor.acceptAny(ScheduleCursor.LIST_SEPARATORS)) {
            cursor.expect('祝', Expected.HOLIDAY_MARK);
        }
        cursor.expect(')', Expected.WEEKDAY_CLOSE);
        return weekday;
    }
}
