package org.koryu.event;

import java.time.OffsetDateTime;
import java.util.List;

import org.koryu.content.LocalizedText;

/** A published event as the delivery API shows it: related items as their published versions, the schedule both as occurrences and as the ward's line. */
public record EventDocument(
        String contentType,
        long id,
        String slug,
        LocalizedText title,
        String kind,
        String kindLabel,
        MunicipalitySummary municipality,
        VenueSummary venue,
        List<VenueSummary> additionalVenues,
        List<OccurrenceDocument> occurrences,
        String scheduleText,
        String scheduleSource,
        String notes,
        String description,
        List<ImageContent> images,
        OffsetDateTime publishedAt,
        OffsetDateTime updatedAt) {

    /** The host municipality as shown with an event. */
    public record MunicipalitySummary(String slug, String name, String prefecture) {
    }

    /** A venue as shown with an event. */
    public record VenueSummary(String slug, String name, String address) {
    }

    /** One day, with its start and end as instants in Tokyo time for calendar clients. */
    public record OccurrenceDocument(String date, String start, String end, String status, String movedFrom,
                                     OffsetDateTime startsAt, OffsetDateTime endsAt) {
    }
}
