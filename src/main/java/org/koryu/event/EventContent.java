package org.koryu.event;

import java.io.Serializable;
import java.util.List;

import org.koryu.content.LocalizedText;

/**
 * A revision of an event: title, kind, host municipality and venue(s) by slug, its occurrences,
 * the schedule line as the source wrote it, notes, a rich-text description and images.
 */
public record EventContent(
        LocalizedText title,
        String kind,
        String municipality,
        String venue,
        List<String> additionalVenues,
        List<OccurrenceContent> occurrences,
        String scheduleSource,
        String notes,
        String description,
        List<ImageContent> images) implements Serializable {
}
