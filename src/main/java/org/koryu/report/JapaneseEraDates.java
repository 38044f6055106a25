package org.koryu.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Japanese offices print them, in the era: 令和5年5月20日, a range as 令和5年6月5日～9日
 * (what the range's end shares with its start is not repeated), the first year of an era as 元年.
 */
public final class JapaneseEraDates {

    private static final Pattern DATE = Pattern.compile("(明治|大正|昭和|平成|令和)(元|[0-9０-９]{1,2})年([0-9０-９]{1,2})月([0-9０-９]{1,2})日");
    private static final Pattern RANGE_END = Pattern.compile("[～〜~]\\s*(?:(明治|大正|昭和|平成|令和)(元|[0-9０-９]{1,2})年)?"
            + "(?:([0-9０-９]{1,2})月)?([0-9０-９]{1,2})日");

    private JapaneseEraDates() {
    }

    /** 令和5年5月20日. Dates before the Meiji calendar (1873) are out of range. */
    public static String format(LocalDate date) {
        JapaneseDate d = JapaneseDate.from(date);
        return era(d) + year(d) + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 令和5年6月5日～9日, 令和5年6月30日～7月2日, or both dates in full across an era year. */
    public static String range(LocalDate from, LocalDate to) {
        if (to == null || to.equals(from)) {
            return format(from);
        }
        JapaneseDate start = JapaneseDate.from(from);
        JapaneseDate end = JapaneseDate.from(to);
        boolean sameYear = start.getEra().equals(end.getEra()) && year(start).equals(year(end));
        String tail;
        if (!sameYear) {
            tail = format(to);
        } else if (from.getMonthValue() == to.getMonthValue()) {
            tail = to.getDayOfMonth() + "日";
        } else {
            tail = to.getMonthValue() + "月" + to.getDayOfMonth() + "日";
        }
        return format(from) + "～" + tail;
    }

    /**
     * The first era date in a text, and the end of a range right after it (令和5年6月5日～9日 → 2023-06-05
     * to 2023-06-09); empty when the text holds no era date or names a day that does not exist.
     */
    public static Optional<LocalDate[]> findRange(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            LocalDate from = date(m.group(1), m.group(2), number(m.group(3)), number(m.group(4)));
            Matcher end = RANGE_END.matcher(text).region(m.end(), text.length());
            LocalDate to = from;
            if (end.lookingAt()) {
                LocalDate yearOfEnd = end.group(1) == null ? from : date(end.group(1), end.group(2), 1, 1);
                int month = end.group(3) == null ? from.getMonthValue() : number(end.group(3));
                to = LocalDate.of(yearOfEnd.getYear(), month, number(end.group(4)));
            }
            return Optional.of(new LocalDate[] {from, to});
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(String eraName, String year, int month, int day) {
        JapaneseEra era = java.util.Arrays.stream(JapaneseEra.values())
                .filter(e -> e.getDisplayName(TextStyle.FULL, Locale.JAPAN).equals(eraName)).findFirst()
                .orElseThrow(() -> new DateTimeException("unknown era " + eraName));
        return LocalDate.from(JapaneseDate.of(era, "元".equals(year) ? 1 : number(year), month, day));
    }

    private static String era(JapaneseDate d) {
        return d.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN);
    }

    private static String year(JapaneseDate d) {
        int year = d.get(ChronoField.YEAR_OF_ERA);
        return year == 1 ? "元" : String.valueOf(year);
    }

    private static int number(String digits) {
        StringBuilder ascii = new StringBuilder();
        digits.codePoints().forEach(c -> ascii.append(c >= '０' && c <= '９' ? (char) ('0' + c - '０') : (char) c));
        return Integer.parseInt(ascii.toString());
    }
}
