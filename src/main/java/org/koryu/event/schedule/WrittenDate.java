package org.koryu.event.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

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

    private static final String DAY = "a day (e.g. 20日)";

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
                throw cursor.expected("'から延期)' after the date a day was moved from");
            }
            cursor.expect(')', "')' closing the 延期 marker");
            return new WrittenDate(numbers, weekday, OccurrenceStatus.MOVED, movedFrom, text);
        }
        cursor.reset(mark);
        return new WrittenDate(numbers, weekday, OccurrenceStatus.SCHEDULED, null, text);
    }

    /** Refuses a weekday that does not match: either it or the date is wrong, and only the source can say which. */
    LocalDate checkWeekday(LocalDate date) {
        if (weekday != null && weekday != date.getDayOfWeek()) {
            throw new ScheduleLineException("'" + text + "': " + date + " is a "
                    + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " (" + Weekdays.nameOf(date.getDayOfWeek()) + "), not " + Weekdays.nameOf(weekday)
                    + "; check the source for the right date");
        }
        return date;
    }

    private static Numbers readNumbers(ScheduleCursor cursor) {
        int from = cursor.position();
        int first = cursor.number(DAY);
        if (cursor.accept('年')) {
            int month = cursor.number("a month after 年 (e.g. 2024年1月2日)");
            cursor.expect('月', "'月' after the month");
            return new Numbers(first, month, numberedDay(cursor));
        }
        if (cursor.accept('月')) {
            String month = cursor.writtenSince(from);
            if (cursor.peekDigit()) {
                int day = cursor.number(DAY);
                if (cursor.accept('日')) {
                    return new Numbers(null, first, day);
                }
            }
            throw new ScheduleLineException("'" + cursor.whole() + "' cannot be read: '" + month + "' has no day: write e.g. "
                    + first + "月20日, or 20日 for a day of the heading month");
        }
        if (cursor.accept('/')) {
            int day = cursor.number("a day after '/' (e.g. 9/1日)");
            cursor.accept('日');
            return new Numbers(null, first, day);
        }
        cursor.expect('日', "'日' after the day number");
        return new Numbers(null, null, first);
    }

    private static int numberedDay(ScheduleCursor cursor) {
        int day = cursor.number(DAY);
        cursor.expect('日', "'日' after the day number");
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
            cursor.expect('祝', "'祝' after the weekday");
        }
        cursor.expect(')', "')' after the weekday");
        return weekday;
    }
}
