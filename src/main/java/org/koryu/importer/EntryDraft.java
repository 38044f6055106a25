package org.koryu.importer;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.koryu.event.schedule.ParsedSchedule;
import org.koryu.event.schedule.ScheduleLine;
import org.koryu.event.schedule.ScheduleLineException;

/**
 * The lines of one calendar entry as they are read: its event line, then 日時, 場所 and ※ lines
 * until the next event line or month heading. Finishing it checks that everything an event needs
 * is there; any error leaves the entry out, so what the preview shows is what would be created.
 */
final class EntryDraft {

    private final CalendarLine eventLine;
    private final YearMonth month;
    private final List<String> notes = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private CalendarLine schedule;
    private CalendarLine place;

    /** {@code month} is null for an event line under no month heading, which cannot be dated. */
    EntryDraft(CalendarLine eventLine, YearMonth month) {
        this.eventLine = eventLine;
        this.month = month;
    }

    void add(CalendarLine line) {
        switch (line.type()) {
            case SCHEDULE -> schedule = once(schedule, line);
            case PLACE -> place = once(place, line);
            case NOTE -> notes.add(line.value());
            default -> throw new IllegalArgumentException("line " + line.number() + " is not part of an entry");
        }
    }

    /**
     * The entry, or empty when it has errors (then it is added to {@code leftOut}); its problems are
     * added to {@code found} either way.
     */
    Optional<CalendarEntry> finish(List<ImportProblem> found, List<CalendarReading.LeftOut> leftOut) {
        if (month == null) {
            problems.add(ImportProblem.error(eventLine.number(), ImportCode.NOT_UNDER_MONTH, eventLine.text()));
        }
        requireLine(schedule, CalendarLine.SCHEDULE_LABEL);
        requireLine(place, CalendarLine.PLACE_LABEL);
        ParsedSchedule parsed = month != null && schedule != null ? parseSchedule() : null;
        List<VenueName> venues = place != null ? venues() : List.of();
        found.addAll(problems);
        if (parsed == null || problems.stream().anyMatch(problem -> problem.severity().equals(ImportProblem.ERROR))) {
            leftOut.add(new CalendarReading.LeftOut(eventLine.number(), eventLine.value(), venues));
            return Optional.empty();
        }
        return Optional.of(new CalendarEntry(eventLine.number(), EventKindLabel.kindOf(eventLine.label()),
                eventLine.label(), eventLine.value(), parsed.occurrences(), schedule.value(), parsed.note(),
                venues, notes));
    }

    private CalendarLine once(CalendarLine earlier, CalendarLine line) {
        if (earlier == null) {
            return line;
        }
        problems.add(ImportProblem.error(line.number(), ImportCode.SECOND_LINE, eventLine.text(), line.label(),
                earlier.number()));
        return earlier;
    }

    private void requireLine(CalendarLine line, String label) {
        if (line == null && month != null) {
            problems.add(ImportProblem.error(eventLine.number(), ImportCode.LINE_MISSING, eventLine.text(), label));
        }
    }

    private ParsedSchedule parseSchedule() {
        try {
            ParsedSchedule parsed = ScheduleLine.parse(schedule.value(), month);
            parsed.warnings().forEach(warning -> problems.add(ImportProblem.warning(schedule.number(), warning)));
            return parsed;
        } catch (ScheduleLineException unreadable) {
            problems.add(ImportProblem.error(schedule.number(), unreadable.fault()));
            return null;
        }
    }

    private List<VenueName> venues() {
        List<VenueName> venues = new ArrayList<>();
        for (String name : place.value().split("[/／]")) {
            if (!name.isBlank()) {
                venues.add(VenueName.parse(name));
            }
        }
        if (venues.isEmpty()) {
            problems.add(ImportProblem.error(place.number(), ImportCode.NO_VENUE));
        }
        return venues;
    }
}
