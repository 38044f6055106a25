package org.koryu.event.schedule;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Turns the numbers of one 日時 line into real dates, in the context of the month heading the
 * line stands under. A day without a month belongs to the month of the date before it in the
 * line (at first, the heading month). A month without a year takes the year that puts it nearest
 * the heading: within six months of it the heading's year, otherwise the year before or after
 * (1/2日 under 12月 is next January, 12/28日 under 1月 last December).
 */
final class LineDates {

    private static final int NEAREST_MONTHS = 6;

    private final YearMonth heading;
    private YearMonth current;
    private LocalDate previous;

    LineDates(YearMonth heading) {
        this.heading = heading;
        this.current = heading;
    }

    YearMonth currentMonth() {
        return current;
    }

    /** A day of the current month, which must come after the previous date of the line. */
    LocalDate day(int day) {
        LocalDate date = validDate(current, day);
        if (previous != null && date.isBefore(previous)) {
            throw new ScheduleLineException(ScheduleCode.BEFORE_PREVIOUS_DATE, monthDay(date), monthDay(previous),
                    current.plusMonths(1).getMonthValue(), day);
        }
        return remember(date);
    }

    /** A date with its month written, and its year when {@code year} is not null. */
    LocalDate date(Integer year, int month, int day) {
        checkMonth(month);
        int resolvedYear = year != null ? year : yearNearestHeading(month);
        current = YearMonth.of(resolvedYear, month);
        return remember(validDate(current, day));
    }

    /**
     * The end of a range written as a day only: in the start's month, or in the next month when
     * the day is smaller than the start's (31日～1日 under 8月 ends on 9月1日).
     */
    LocalDate rangeEnd(LocalDate start, int day) {
        YearMonth startMonth = YearMonth.from(start);
        YearMonth endMonth = day < start.getDayOfMonth() ? startMonth.plusMonths(1) : startMonth;
        current = endMonth;
        return remember(validDate(endMonth, day));
    }

    /** The date a moved day was moved from; its month and year default to those of the new date. */
    static LocalDate movedFrom(Integer year, Integer month, int day, LocalDate newDate) {
        int resolvedMonth = month != null ? month : newDate.getMonthValue();
        checkMonth(resolvedMonth);
        return validDate(YearMonth.of(year != null ? year : newDate.getYear(), resolvedMonth), day);
    }

    static String monthDay(LocalDate date) {
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private LocalDate remember(LocalDate date) {
        previous = date;
        return date;
    }

    private int yearNearestHeading(int month) {
        int distance = month - heading.getMonthValue();
        if (distance < -NEAREST_MONTHS) {
            return heading.getYear() + 1;
        }
        return distance > NEAREST_MONTHS ? heading.getYear() - 1 : heading.getYear();
    }

    private static void checkMonth(int month) {
        if (month < 1 || month > 12) {
            throw new ScheduleLineException(ScheduleCode.NO_SUCH_MONTH, month);
        }
    }

    private static LocalDate validDate(YearMonth month, int day) {
        if (day < 1) {
            throw new ScheduleLineException(ScheduleCode.NO_SUCH_DAY, day);
        }
        if (!month.isValidDay(day)) {
            throw new ScheduleLineException(ScheduleCode.DAY_NOT_IN_MONTH, month.getMonthValue(), day, month.getYear(),
                    month.lengthOfMonth());
        }
        return month.atDay(day);
    }
}
