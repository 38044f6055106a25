package org.koryu.importer;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One pass over the lines of a calendar text; a new scan for every import.
 *
 * <p>Everything before the calendar is skipped: a whole page may be pasted, with SNS accounts and
 * reports first. The calendar starts at a line イベントカレンダー or at the first month heading.
 * ※ lines before the first month heading are page-wide notices: those after イベントカレンダー,
 * or, on a text without it, those just above the first heading. In the skipped part an event line
 * followed by a 日時 or 場所 line is still reported, since it is an entry under no month heading.
 */
final class CalendarScan {

    private final int firstYear;
    private final List<CalendarEntry> entries = new ArrayList<>();
    private final List<CalendarReading.LeftOut> leftOut = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private final List<String> noticesAboveCalendar = new ArrayList<>();
    private boolean calendarStarted;
    private CalendarLine eventLineBeforeCalendar;
    private YearMonth month;
    private EntryDraft draft;

    CalendarScan(int firstYear) {
        this.firstYear = firstYear;
    }

    void read(CalendarLine line) {
        if (calendarStarted) {
            readCalendar(line);
        } else {
            readBeforeCalendar(line);
        }
    }

    CalendarReading finish() {
        finishDraft();
        if (month == null) {
            problems.add(ImportProblem.error(1, ImportCode.NO_MONTH_HEADING));
        }
        problems.sort(Comparator.comparingInt(ImportProblem::line));
        return new CalendarReading(entries, leftOut, problems, notices);
    }

    private void readBeforeCalendar(CalendarLine line) {
        switch (line.type()) {
            case BLANK -> { }
            case NOTE -> noticesAboveCalendar.add(line.value());
            case CALENDAR_START -> calendarStarted = true;
            case MONTH -> {
                notices.addAll(noticesAboveCalendar);
                calendarStarted = true;
                readCalendar(line);
            }
            case EVENT -> {
                noticesAboveCalendar.clear();
                eventLineBeforeCalendar = line;
            }
            case SCHEDULE, PLACE -> reportEventBeforeCalendar();
            default -> {
                noticesAboveCalendar.clear();
                eventLineBeforeCalendar = null;
            }
        }
    }

    private void reportEventBeforeCalendar() {
        noticesAboveCalendar.clear();
        if (eventLineBeforeCalendar != null) {
            new EntryDraft(eventLineBeforeCalendar, null).finish(problems, leftOut);
            eventLineBeforeCalendar = null;
        }
    }

    private void readCalendar(CalendarLine line) {
        switch (line.type()) {
            case BLANK -> { }
            case MONTH -> {
                finishDraft();
                month = MonthHeading.parse(line.text()).orElseThrow().after(month, firstYear);
            }
            case EVENT -> {
                finishDraft();
                draft = new EntryDraft(line, month);
            }
            case SCHEDULE, PLACE -> readEntryLine(line, ImportCode.NO_EVENT_LINE_ABOVE);
            case NOTE -> readNote(line);
            default -> problems.add(ImportProblem.warning(line.number(), ImportCode.NOT_AN_ENTRY_LINE, line.text()));
        }
    }

    private void readNote(CalendarLine line) {
        if (draft == null && month == null) {
            notices.add(line.value());
        } else {
            readEntryLine(line, ImportCode.NOTE_BEFORE_EVENT);
        }
    }

    /** Adds the line to the entry being read; without one, the line is ignored for {@code whyIgnored}. */
    private void readEntryLine(CalendarLine line, ImportCode whyIgnored) {
        if (draft != null) {
            draft.add(line);
        } else {
            problems.add(ImportProblem.warning(line.number(), whyIgnored, line.text()));
        }
    }

    private void finishDraft() {
        if (draft != null) {
            draft.finish(problems, leftOut).ifPresent(entries::add);
            draft = null;
        }
    }
}
