package org.koryu.event.delivery;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.annotation.JsonbProperty;

import org.koryu.content.ItemFormat;
import org.koryu.content.RichText;
import org.koryu.delivery.DeliveryJson;
import org.koryu.event.EventDocument;
import org.koryu.event.EventDocument.OccurrenceDocument;

/**
 * An event as schema.org JSON-LD, for search engines and sites that embed it: one {@code Event}
 * when it takes place once, otherwise an {@code EventSeries} with a {@code subEvent} per day.
 * Cancelled days say {@code EventCancelled}; moved days {@code EventRescheduled} with the
 * {@code previousStartDate} they were moved from.
 */
@ApplicationScoped
public class EventLinkedData implements ItemFormat {

    public static final String MEDIA_TYPE = "application/ld+json";
    private static final String SCHEMA = "https://schema.org/";
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    /** schema.org Event or EventSeries; absent properties are left out. */
    public record Event(@JsonbProperty("@context") String context, @JsonbProperty("@type") String type,
                        @JsonbProperty("@id") String id, String name, String alternateName, String description,
                        String startDate, String endDate, String previousStartDate, String eventStatus,
                        String eventAttendanceMode, Place location, Organization organizer, List<String> image,
                        String url, String inLanguage, List<Event> subEvent) {
    }

    public record Place(@JsonbProperty("@type") String type, String name, PostalAddress address) {
    }

    public record PostalAddress(@JsonbProperty("@type") String type, String streetAddress, String addressCountry) {
    }

    public record Organization(@JsonbProperty("@type") String type, String name, String url) {
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public byte[] render(byte[] document, URI apiBase) {
        return JSONB.toJson(of(DeliveryJson.read(document, EventDocument.class), apiBase)).getBytes(StandardCharsets.UTF_8);
    }

    static Event of(EventDocument e, URI apiBase) {
        String url = apiBase.resolve("events/" + e.slug()).toString();
        Place place = e.venue() == null ? null : new Place("Place", e.venue().name(),
                new PostalAddress("PostalAddress", e.venue().address(), "JP"));
        Organization organizer = e.municipality() == null ? null : new Organization("Organization", e.municipality().name(),
                apiBase.resolve("municipalities/" + e.municipality().slug()).toString());
        List<String> images = e.images() == null ? null : e.images().stream().map(i -> apiBase.resolve(i.url()).toString()).toList();
        String description = e.description() == null ? e.notes() : RichText.plain(e.description());
        List<OccurrenceDocument> days = e.occurrences();
        if (days.size() == 1) {
            OccurrenceDocument day = days.get(0);
            return new Event(SCHEMA, "Event", url, e.title().ja(), e.title().en(), description, start(day), end(day),
                    day.movedFrom(), status(day), SCHEMA + "OfflineEventAttendanceMode", place, organizer, images, url, "ja", null);
        }
        List<Event> sub = days.stream().map(day -> new Event(null, "Event", url + "#" + day.date(), e.title().ja(), null, null,
                start(day), end(day), day.movedFrom(), status(day), SCHEMA + "OfflineEventAttendanceMode", place, organizer,
                null, url, null, null)).toList();
        boolean allCancelled = days.stream().allMatch(d -> "cancelled".equals(d.status()));
        return new Event(SCHEMA, "EventSeries", url, e.title().ja(), e.title().en(), description, start(days.get(0)),
                end(days.get(days.size() - 1)), null, SCHEMA + (allCancelled ? "EventCancelled" : "EventScheduled"),
                SCHEMA + "OfflineEventAttendanceMode", place, organizer, images, url, "ja", sub);
    }

    private static String start(OccurrenceDocument day) {
        return day.startsAt() == null ? day.date() : iso(day.startsAt());
    }

    private static String end(OccurrenceDocument day) {
        return day.endsAt() == null ? day.date() : iso(day.endsAt());
    }

    private static String iso(OffsetDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }

    private static String status(OccurrenceDocument day) {
        return SCHEMA + switch (day.status()) {
            case "cancelled" -> "EventCancelled";
            case "moved" -> "EventRescheduled";
            default -> "EventScheduled";
        };
    }
}
