package org.koryu.importer;

import java.io.Serializable;
import java.util.List;

import org.koryu.event.OccurrenceContent;

/**
 * An event read from a calendar: what would be (or was) created as a draft. {@code municipality}
 * and {@code venue} are slugs, null where nothing matched; {@code createdId} is set once created.
 */
public record ImportedEvent(int line, String title, String kind, String kindLabel, String municipality, String venue,
                            List<String> additionalVenues, List<OccurrenceContent> occurrences, String scheduleSource,
                            String scheduleText, String notes, Long createdId) implements Serializable {

    ImportedEvent created(long id) {
        return new ImportedEvent(line, title, kind, kindLabel, municipality, venue, additionalVenues, occurrences,
                scheduleSource, scheduleText, notes, id);
    }

    public boolean complete() {
        return municipality != null && venue != null && !occurrences.isEmpty();
    }
}
