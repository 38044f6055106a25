package org.koryu.importer;

import java.util.List;
import org.koryu.event.schedule.Occurrence;

/**
 * One event read from a calendar, ready to preview and create. {@code line} is the 1-based line of
 * its "kind title" line; {@code kind} is photo_exhibition, products_fair, morning_market or other,
 * with the label as written in {@code kindLabel}; {@code scheduleSource} is the 日時 line as
 * written, kept because editors compare with it; {@code scheduleNote} its ※ note that is not an
 * hours exception (or null); {@code notes} the entry's own ※ lines, without the mark.
 */
public record CalendarEntry(int line, String kind, String kindLabel, String title, List<Occurrence> occurrences,
                            String scheduleSource, String scheduleNote, List<VenueName> venues, List<String> notes) {

    public CalendarEntry {
        occurrences = List.copyOf(occurrences);
        venues = List.copyOf(venues);
        notes = List.copyOf(notes);
    }
}
