package org.koryu.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.koryu.content.ContentCode;
import org.koryu.content.Violations;
import org.koryu.event.schedule.Occurrence;
import org.koryu.event.schedule.OccurrenceStatus;

/**
 * Reads stored occurrences into the schedule model, reporting each fault on its own field
 * ({@code occurrences[2].date}), and writes the model back in the stored form.
 */
final class EventSchedule {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DATE_SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private EventSchedule() {
    }

    /** Pads times to HH:mm and trims, so equal schedules are stored alike. */
    static OccurrenceContent normalized(OccurrenceContent o) {
        return new OccurrenceContent(trim(o.date()), time(o.start()), time(o.end()),
                o.status() == null || o.status().isBlank() ? OccurrenceStatus.SCHEDULED.key() : o.status().strip(),
                trim(o.movedFrom()));
    }

    static List<Occurrence> read(List<OccurrenceContent> list, Violations v) {
        List<Occurrence> occurrences = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "occurrences[" + i + "]";
            OccurrenceContent o = list.get(i);
            int faultsBefore = v.count();
            LocalDate date = date(o.date(), field + ".date", v);
            LocalTime start = parseTime(o.start(), field + ".start", v);
            LocalTime end = parseTime(o.end(), field + ".end", v);
            OccurrenceStatus status = OccurrenceStatus.byKey(o.status()).orElse(null);
            v.check(status != null, field + ".status", EventCode.STATUS_UNKNOWN);
            LocalDate movedFrom = o.movedFrom() == null ? null : date(o.movedFrom(), field + ".movedFrom", v);
            if ((o.start() == null) != (o.end() == null)) {
                v.add(field + (o.start() == null ? ".start" : ".end"), EventCode.TIMES_INCOMPLETE);
            } else if (start != null && end != null && !end.isAfter(start)) {
                v.add(field + ".end", EventCode.END_NOT_AFTER_START, o.start(), o.end());
            }
            if (status == OccurrenceStatus.MOVED && o.movedFrom() == null) {
                v.add(field + ".movedFrom", EventCode.MOVED_FROM_MISSING);
            } else if (status != OccurrenceStatus.MOVED && o.movedFrom() != null) {
                v.add(field + ".movedFrom", EventCode.MOVED_FROM_NOT_MOVED);
            }
            if (date != null && !days.add(date)) {
                v.add(field + ".date", EventCode.DATE_TWICE, date);
            }
            if (v.count() == faultsBefore) {
                occurrences.add(new Occurrence(date, start, end, status, movedFrom));
            }
        }
        return occurrences;
    }

    static List<OccurrenceContent> write(List<Occurrence> occurrences) {
        return occurrences.stream().map(o -> new OccurrenceContent(o.date().toString(), format(o.start()), format(o.end()),
                o.status().key(), o.movedFrom() == null ? null : o.movedFrom().toString())).toList();
    }

    static String format(LocalTime time) {
        return time == null ? null : String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }

    private static LocalDate date(String text, String field, Violations v) {
        if (text == null) {
            v.add(field, EventCode.DATE_REQUIRED);
            return null;
        }
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            Matcher m = DATE_SHAPE.matcher(text);
            if (m.matches()) {
                int month = Integer.parseInt(m.group(2));
                if (month >= 1 && month <= 12) {
                    YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
                    v.add(field, EventCode.DAY_NOT_IN_MONTH, text, month, ym.getYear(), ym.lengthOfMonth(),
                            Integer.parseInt(m.group(3)));
                    return null;
                }
                v.add(field, EventCode.NO_SUCH_MONTH, text, m.group(2));
                return null;
            }
            v.add(field, ContentCode.NOT_A_DATE, text, "2023-09-19");
            return null;
        }
    }

    private static LocalTime parseTime(String text, String field, Violations v) {
        if (text == null) {
            return null;
        }
        Matcher m = TIME.matcher(text);
        if (m.matches()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            if (h < 24 && min < 60) {
                return LocalTime.of(h, min);
            }
        }
        v.add(field, EventCode.NOT_A_TIME, text);
        return null;
    }

    private static String time(String text) {
        String t = trim(text);
        if (t == null) {
            return null;
        }
        Matcher m = TIME.matcher(t);
        return m.matches() && m.group(1).length() == 1 ? "0" + t : t;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
