package org.koryu.importer;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month heading of the calendar: {@code 7月}, {@code ７月} or {@code 2023年7月}. A heading
 * without a year continues the year of the heading before it, and moves to the next year when its
 * month is smaller (12月 then 1月); the first one takes the year the import was given.
 */
record MonthHeading(Integer year, int month) {

    private static final Pattern HEADING = Pattern.compile(
            "(?:([0-9０-９]{4})[\\s\u3000]*年[\\s\u3000]*)?([0-9０-９]{1,2})[\\s\u3000]*月");

    static Optional<MonthHeading> parse(String text) {
        Matcher matcher = HEADING.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        // Integer.parseInt reads full-width digits as well.
        int month = Integer.parseInt(matcher.group(2));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        Integer year = matcher.group(1) == null ? null : Integer.parseInt(matcher.group(1));
        return Optional.of(new MonthHeading(year, month));
    }

    /** This heading's month, after the {@code previous} heading (null for the first one). */
    YearMonth after(YearMonth previous, int firstYear) {
        if (year != null) {
            return YearMonth.of(year, month);
        }
        if (previous == null) {
            return YearMonth.of(firstYear, month);
        }
        int yearOfMonth = month < previous.getMonthValue() ? previous.getYear() + 1 : previous.getYear();
        return YearMonth.of(yearOfMonth, month);
    }
}
