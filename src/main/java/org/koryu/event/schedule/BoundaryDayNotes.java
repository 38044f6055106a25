package org.koryu.event.schedule;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ※ notes at the end of a 日時 line. {@code ※初日は10:00から} and {@code ※最終日13:00まで}
 * change the opening of the line's first day and the closing of its last day; any other note is
 * kept as written, for people to read.
 */
final class BoundaryDayNotes {

    private static final Pattern FIRST_DAY = Pattern.compile("初日は?[\\s\u3000]*([0-9０-９].*)から");
    private static final Pattern LAST_DAY = Pattern.compile("最終日は?[\\s\u3000]*([0-9０-９].*)まで");

    private final List<String> others = new ArrayList<>();
    private String firstDayNote;
    private LocalTime firstDayStart;
    private String lastDayNote;
    private LocalTime lastDayEnd;

    /** Reads the notes in {@code line} from index {@code from}, where its first ※ stands (or its end). */
    static BoundaryDayNotes read(String line, int from) {
        BoundaryDayNotes notes = new BoundaryDayNotes();
        int start = from;
        while (start < line.length()) {
            int next = line.indexOf('※', start + 1);
            int end = next < 0 ? line.length() : next;
            notes.add(line, start + 1, end);
            start = end;
        }
        return notes;
    }

    /** The other notes, without their ※ mark, separated by " ※"; null when there are none. */
    String otherNote() {
        return others.isEmpty() ? null : String.join(" ※", others);
    }

    /** The occurrences, sorted by date, with the first day's opening and last day's closing changed as noted. */
    List<Occurrence> applyTo(List<Occurrence> sorted) {
        if (firstDayStart == null && lastDayEnd == null) {
            return sorted;
        }
        String note = firstDayNote != null ? firstDayNote : lastDayNote;
        if (sorted.size() < 2) {
            throw new ScheduleLineException(ScheduleCode.NOTE_NEEDS_DAYS, note);
        }
        List<Occurrence> changed = new ArrayList<>(sorted);
        if (firstDayStart != null) {
            Occurrence first = hoursOf(changed.get(0), firstDayNote);
            changed.set(0, changed(first, firstDayStart, first.end(), firstDayNote));
        }
        if (lastDayEnd != null) {
            Occurrence last = hoursOf(changed.get(changed.size() - 1), lastDayNote);
            changed.set(changed.size() - 1, changed(last, last.start(), lastDayEnd, lastDayNote));
        }
        return changed;
    }

    private void add(String line, int from, int to) {
        String note = line.substring(from, to).strip();
        if (note.isEmpty()) {
            return;
        }
        Matcher first = FIRST_DAY.matcher(note);
        Matcher last = LAST_DAY.matcher(note);
        if (first.matches()) {
            firstDayNote = note;
            firstDayStart = timeIn(note, first);
        } else if (last.matches()) {
            lastDayNote = note;
            lastDayEnd = timeIn(note, last);
        } else {
            others.add(note);
        }
    }

    private static LocalTime timeIn(String note, Matcher matcher) {
        ScheduleCursor cursor = new ScheduleCursor(note, matcher.start(1), matcher.end(1));
        LocalTime time = ClockTimes.read(cursor);
        if (!cursor.atEnd()) {
            throw cursor.expected(Expected.NOTHING_AFTER_TIME);
        }
        return time;
    }

    private static Occurrence hoursOf(Occurrence day, String note) {
        if (day.isAllDay()) {
            throw new ScheduleLineException(ScheduleCode.NOTE_WITHOUT_HOURS, note, LineDates.monthDay(day.date()));
        }
        return day;
    }

    private static Occurrence changed(Occurrence day, LocalTime start, LocalTime end, String note) {
        if (!end.isAfter(start)) {
            throw new ScheduleLineException(ScheduleCode.NOTE_CLOSES_BEFORE_OPENING, note, LineDates.monthDay(day.date()),
                    ScheduleText.time(start), ScheduleText.time(end));
        }
        return day.withHours(start, end);
    }
}
