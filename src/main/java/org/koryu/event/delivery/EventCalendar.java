package org.koryu.event.delivery;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.koryu.content.RichText;
import org.koryu.event.EventDocument;
import org.koryu.event.EventDocument.OccurrenceDocument;
import org.koryu.platform.TimeZones;

/**
 * Published events as an iCalendar feed (RFC 5545): one VEVENT per day, in Tokyo time with its
 * VTIMEZONE. A day keeps its UID for life, even when moved (the UID names the day it was first
 * planned on), so calendar apps update it; a moved or cancelled day carries a raised SEQUENCE.
 * A feed to subscribe to, not an iTIP message: no METHOD, which would make it one (RFC 5545 3.7.2)
 * and, as PUBLISH, require an ORGANIZER for every event (RFC 5546 3.2.1), which the desk does not name.
 */
public final class EventCalendar {

    static final String PRODUCT = "-//Koryu//Delivery API//JA";

    private EventCalendar() {
    }

    public static byte[] render(List<EventDocument> events, URI apiBase, String name) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", TimeZones.TOKYO.getId()));
        calendar.add(tokyo());
        for (EventDocument event : events) {
            for (OccurrenceDocument day : event.occurrences()) {
                calendar.add(vevent(event, day, apiBase));
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Asia/Tokyo as the JDK's zone rules know it. Japan has kept +09:00 without daylight saving since 1951,
     * so one STANDARD observance describes every date a feed can hold; nothing is loaded or fetched.
     */
    static VTimeZone tokyo() {
        ZoneRules rules = TimeZones.TOKYO.getRules();
        Instant since = Instant.parse("1970-01-01T00:00:00Z");
        if (rules.nextTransition(since) != null) {
            throw new IllegalStateException("Asia/Tokyo changes its offset after 1970: a fixed VTIMEZONE no longer describes it");
        }
        ZoneOffset offset = rules.getOffset(since);
        Standard standard = new Standard();
        standard.add(new TzName("JST"));
        standard.add(new TzOffsetFrom(offset));
        standard.add(new TzOffsetTo(offset));
        standard.add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)));
        VTimeZone zone = new VTimeZone();
        zone.add(new TzId(TimeZones.TOKYO.getId()));
        zone.add(standard);
        return zone;
    }

    private static ParameterList tzid() {
        return new ParameterList(List.of(new net.fortuna.ical4j.model.parameter.TzId(TimeZones.TOKYO.getId())));
    }

    private static VEvent vevent(EventDocument event, OccurrenceDocument day, URI apiBase) {
        // Without false, ical4j stamps the event with the present itself: DTSTAMP would appear twice.
        VEvent vevent = new VEvent(false);
        if (day.startsAt() == null) {
            LocalDate date = LocalDate.parse(day.date());
            vevent.add(new DtStart<>(date));
            vevent.add(new DtEnd<>(date.plusDays(1)));
        } else {
            // Local wall-clock times with TZID: ical4j's own rules for its bundled Asia/Tokyo apply 1950s daylight saving
            // to today's dates, so it is not asked to convert.
            vevent.add(new DtStart<>(tzid(), day.startsAt().toLocalDateTime()));
            vevent.add(new DtEnd<>(tzid(), day.endsAt().toLocalDateTime()));
        }
        vevent.add(new Summary(event.title().ja()));
        String plannedOn = day.movedFrom() == null ? day.date() : day.movedFrom();
        vevent.add(new Uid("event-" + event.id() + "-" + plannedOn + "@koryu"));
        vevent.add(new DtStamp(event.updatedAt().toInstant()));
        vevent.add(new LastModified(event.updatedAt().toInstant()));
        vevent.add(new Sequence("scheduled".equals(day.status()) ? 0 : 1));
        vevent.add("cancelled".equals(day.status()) ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (event.venue() != null) {
            vevent.add(new Location(event.venue().address() == null ? event.venue().name()
                    : event.venue().name() + ", " + event.venue().address()));
        }
        vevent.add(new Url(apiBase.resolve("events/" + event.slug())));
        if (event.kindLabel() != null) {
            vevent.add(new Categories(event.kindLabel()));
        }
        String description = description(event, day);
        if (!description.isEmpty()) {
            vevent.add(new Description(description));
        }
        return vevent;
    }

    private static String description(EventDocument event, OccurrenceDocument day) {
        StringBuilder text = new StringBuilder();
        if ("moved".equals(day.status())) {
            text.append(day.movedFrom()).append("から延期\n");
        }
        if ("cancelled".equals(day.status())) {
            text.append("中止\n");
        }
        if (event.scheduleText() != null) {
            text.append(event.scheduleText()).append('\n');
        }
        if (event.municipality() != null) {
            text.append(event.municipality().name()).append('\n');
        }
        if (event.description() != null) {
            text.append(RichText.plain(event.description())).append('\n');
        }
        if (event.notes() != null) {
            text.append(event.notes()).append('\n');
        }
        return text.toString().strip();
    }
}
