package org.koryu.importer;

import java.util.List;

import org.koryu.event.OccurrenceContent;

/**
 * The answer of {@code POST /api/v1/manage/import/calendar}: each event read (with the id of its
 * draft once created), the problems by line, and the page-wide notices found above the calendar.
 */
public record CalendarImportAnswer(int year, boolean dryRun, int created, List<Event> events, List<Problem> problems,
                                   List<String> notices) {

    /** One event read from the calendar; {@code municipality} and {@code venue} are slugs, null where nothing matched. */
    public record Event(int line, String title, String kind, String kindLabel, String municipality, String venue,
                        List<String> additionalVenues, List<OccurrenceContent> occurrences, String scheduleSource,
                        String scheduleText, String notes, Long id) {
    }

    /** A problem of one line: its stable code (e.g. {@code importer.no_partner}) lets a client say it in its own words. */
    public record Problem(int line, String severity, String code, String message) {
    }

    static CalendarImportAnswer of(int year, boolean dryRun, ImportResult result) {
        List<Event> events = result.events().stream().map(e -> new Event(e.line(), e.title(), e.kind(), e.kindLabel(),
                e.municipality(), e.venue(), e.additionalVenues(), e.occurrences(), e.scheduleSource(), e.scheduleText(),
                e.notes(), e.createdId())).toList();
        int created = (int) events.stream().filter(e -> e.id() != null).count();
        List<Problem> problems = result.problems().stream()
                .map(p -> new Problem(p.line(), p.severity(), p.fault().code().code(), p.message())).toList();
        return new CalendarImportAnswer(year, dryRun, created, events, problems, result.notices());
    }
}
