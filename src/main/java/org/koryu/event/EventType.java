package org.koryu.event;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.koryu.content.BadParameterException;
import org.koryu.content.ContentCode;
import org.koryu.content.ContentRef;
import org.koryu.content.ContentType;
import org.koryu.content.FieldName;
import org.koryu.content.ListFilter;
import org.koryu.content.ItemFormat;
import org.koryu.content.LiveContent;
import org.koryu.content.LiveVersion;
import org.koryu.content.LocalizedText;
import org.koryu.content.Publication;
import org.koryu.content.QueryParameters;
import org.koryu.content.ReadableField;
import org.koryu.content.ReadableNames;
import org.koryu.content.References;
import org.koryu.content.RichText;
import org.koryu.content.Texts;
import org.koryu.content.Violations;
import org.koryu.event.delivery.EventLinkedData;
import org.koryu.event.schedule.Occurrence;
import org.koryu.event.schedule.ScheduleText;
import org.koryu.media.ImageRef;
import org.koryu.media.MediaCatalog;
import org.koryu.municipality.MunicipalityCode;
import org.koryu.municipality.MunicipalityContent;
import org.koryu.municipality.MunicipalityType;
import org.koryu.platform.TimeZones;
import org.koryu.venue.VenueCode;
import org.koryu.venue.VenueContent;
import org.koryu.venue.VenueType;

/** The event type. */
@ApplicationScoped
public class EventType implements ContentType<EventContent> {

    public static final String NAME = "event";

    /** A field of one day, as faults name it: {@code occurrences[1].end}. */
    private static final Pattern DAY_FIELD = Pattern.compile("occurrences\\[(\\d+)]\\.(\\w+)");

    @Inject
    MunicipalityType municipalities;

    @Inject
    VenueType venues;

    @Inject
    MediaCatalog media;

    @Inject
    Clock clock;

    @Inject
    EventLinkedData linkedData;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String collection() {
        return "events";
    }

    @Override
    public Class<EventContent> contentClass() {
        return EventContent.class;
    }

    @Override
    public String title(EventContent content) {
        return content.title() == null || content.title().ja() == null ? "" : content.title().ja();
    }

    @Override
    public String slugBase(EventContent c) {
        String first = c.occurrences().isEmpty() ? "" : String.valueOf(c.occurrences().get(0).date());
        String kind = c.kind() == null ? "event" : c.kind().replace('_', '-');
        String name = c.title().en() != null ? c.title().en() : c.municipality();
        return String.join("-", first, String.valueOf(name), kind);
    }

    @Override
    public EventContent clean(EventContent c) {
        List<OccurrenceContent> occurrences = Texts.orEmpty(c.occurrences()).stream().map(EventSchedule::normalized)
                .sorted(java.util.Comparator.comparing(o -> String.valueOf(o.date()))).toList();
        List<ImageContent> images = Texts.orEmpty(c.images()).stream()
                .map(i -> new ImageContent(Texts.clean(i.url()), Texts.clean(i.alt()), Texts.clean(i.caption()))).toList();
        return new EventContent(c.title() == null ? new LocalizedText(null, null) : c.title().cleaned(), Texts.clean(c.kind()),
                Texts.clean(c.municipality()), Texts.clean(c.venue()), Texts.cleanList(c.additionalVenues()), occurrences,
                Texts.clean(c.scheduleSource()), Texts.clean(c.notes()), RichText.clean(c.description()), images);
    }

    @Override
    public void validate(EventContent c, Violations v, References references) {
        if (v.check(c.title().ja() != null, "title.ja", ContentCode.JAPANESE_TITLE_REQUIRED, "吾妻の朝市")) {
            v.check(c.title().ja().length() <= 200, "title.ja", ContentCode.TOO_LONG, 200);
        }
        v.check(c.title().en() == null || c.title().en().length() <= 200, "title.en", ContentCode.TOO_LONG, 200);
        v.check(c.kind() != null && EventKind.byKey(c.kind()).isPresent(), "kind", ContentCode.ONE_OF, EventKind.keys());
        if (v.check(c.municipality() != null, "municipality", MunicipalityCode.MISSING)) {
            references.check(new ContentRef(municipalities.name(), c.municipality()), "municipality", MunicipalityCode.UNKNOWN, v);
        }
        if (v.check(c.venue() != null, "venue", VenueCode.MISSING)) {
            references.check(new ContentRef(venues.name(), c.venue()), "venue", VenueCode.UNKNOWN, v);
        }
        for (int i = 0; i < c.additionalVenues().size(); i++) {
            String slug = c.additionalVenues().get(i);
            String field = "additionalVenues[" + i + "]";
            if (references.check(new ContentRef(venues.name(), slug), field, VenueCode.UNKNOWN, v)) {
                v.check(!slug.equals(c.venue()), field, EventCode.ALREADY_MAIN_VENUE, slug);
            }
        }
        if (v.check(!c.occurrences().isEmpty(), "occurrences", EventCode.NO_DAYS)) {
            EventSchedule.read(c.occurrences(), v);
        }
        v.check(c.notes() == null || c.notes().length() <= 2000, "notes", ContentCode.TOO_LONG, 2000);
        v.check(c.description() == null || c.description().length() <= 50_000, "description", ContentCode.TOO_LONG, 50_000);
        for (int i = 0; i < c.images().size(); i++) {
            ImageContent image = c.images().get(i);
            new ImageRef(image.url(), image.alt(), image.caption()).validate("images[" + i + "]", true, media, v);
        }
    }

    @Override
    public Set<ContentRef> references(EventContent c) {
        Set<ContentRef> refs = new LinkedHashSet<>();
        refs.add(new ContentRef(MunicipalityType.NAME, c.municipality()));
        refs.add(new ContentRef(VenueType.NAME, c.venue()));
        c.additionalVenues().forEach(slug -> refs.add(new ContentRef(VenueType.NAME, slug)));
        return refs;
    }

    @Override
    public List<ItemFormat> itemFormats() {
        return List.of(linkedData);
    }

    /** The form's labels; kind, municipality and venues by name; the days as the ward's schedule line. */
    @Override
    public List<ReadableField> readable(EventContent c, ReadableNames names) {
        List<Occurrence> occurrences = EventSchedule.read(c.occurrences(), new Violations());
        return List.of(
                new ReadableField("event.titleJa", c.title() == null ? null : c.title().ja()),
                new ReadableField("event.titleEn", c.title() == null ? null : c.title().en()),
                new ReadableField("event.kind", c.kind() == null ? null : names.text("kind." + c.kind())),
                new ReadableField("event.municipality", c.municipality() == null ? null : names.item(MunicipalityType.NAME, c.municipality())),
                new ReadableField("event.venue", c.venue() == null ? null : names.item(VenueType.NAME, c.venue())),
                new ReadableField("event.additionalVenues", String.join("、",
                        c.additionalVenues().stream().map(v -> names.item(VenueType.NAME, v)).toList())),
                new ReadableField("event.schedule", occurrences.isEmpty() ? null : ScheduleText.of(occurrences)),
                new ReadableField("event.line.text", c.scheduleSource()),
                new ReadableField("event.notes", c.notes()),
                new ReadableField("event.description", RichText.plain(c.description())),
                new ReadableField("event.section.images", String.join("、",
                        c.images().stream().map(i -> i.caption() == null || i.caption().isBlank() ? i.alt() : i.alt() + "（" + i.caption() + "）")
                                .toList())));
    }

    @Override
    public FieldName fieldName(String path) {
        Matcher day = DAY_FIELD.matcher(path);
        if (day.matches()) {
            return new FieldName("event.days", Integer.parseInt(day.group(1)) + 1, "event." + day.group(2));
        }
        return FieldName.of(switch (path) {
            case "title.ja" -> "event.titleJa";
            case "title.en" -> "event.titleEn";
            case "occurrences" -> "event.days";
            default -> "event." + path.replaceAll("\\[\\d+].*", "");
        });
    }

    @Override
    public Map<String, Object> derived(EventContent content) {
        Violations ignored = new Violations();
        List<Occurrence> occurrences = EventSchedule.read(content.occurrences(), ignored);
        return Map.of("scheduleText", ScheduleText.of(occurrences));
    }

    @Override
    public Publication publication(LiveVersion<EventContent> version, LiveContent live) {
        EventContent c = version.content();
        List<Occurrence> occurrences = EventSchedule.read(c.occurrences(), new Violations());
        Optional<LiveVersion<MunicipalityContent>> municipality = live.find(municipalities, c.municipality());
        List<EventDocument.VenueSummary> others = new ArrayList<>();
        c.additionalVenues().forEach(slug -> venue(live, slug).ifPresent(others::add));
        EventDocument.VenueSummary venue = venue(live, c.venue()).orElse(null);
        EventDocument doc = new EventDocument(NAME, version.id(), version.slug(), c.title(), c.kind(),
                EventKind.byKey(c.kind()).map(EventKind::label).orElse(null),
                municipality.map(m -> new EventDocument.MunicipalitySummary(m.slug(), m.content().name(), m.content().prefecture()))
                        .orElse(null),
                venue, others, occurrences.stream().map(EventType::occurrence).toList(), ScheduleText.of(occurrences),
                c.scheduleSource(), c.notes(), c.description(), c.images(), TimeZones.tokyo(version.publishedAt()),
                TimeZones.tokyo(version.updatedAt()));
        Occurrence first = occurrences.get(0);
        String sortKey = first.date() + " " + EventSchedule.format(first.start() == null ? LocalTime.MIDNIGHT : first.start());
        Map<String, Set<String>> facets = new HashMap<>();
        facets.put("municipality", Set.of(c.municipality()));
        facets.put("kind", Set.of(c.kind()));
        Set<String> venueSlugs = new LinkedHashSet<>(c.additionalVenues());
        venueSlugs.add(c.venue());
        facets.put("venue", venueSlugs);
        String search = String.join(" ", c.title().ja(), String.valueOf(c.title().en()), RichText.plain(c.description()),
                String.valueOf(c.notes()), municipality.map(m -> m.content().name()).orElse(""),
                venue == null ? "" : venue.name());
        return new Publication(doc, sortKey, occurrences.stream().map(Occurrence::date).toList(), facets, search);
    }

    private Optional<EventDocument.VenueSummary> venue(LiveContent live, String slug) {
        return live.find(venues, slug).map(v -> {
            VenueContent c = v.content();
            return new EventDocument.VenueSummary(v.slug(), c.name(), c.address());
        });
    }

    private static EventDocument.OccurrenceDocument occurrence(Occurrence o) {
        return new EventDocument.OccurrenceDocument(o.date().toString(), EventSchedule.format(o.start()),
                EventSchedule.format(o.end()), o.status().key(), o.movedFrom() == null ? null : o.movedFrom().toString(),
                o.start() == null ? null : o.date().atTime(o.start()).atZone(TimeZones.TOKYO).toOffsetDateTime(),
                o.end() == null ? null : o.date().atTime(o.end()).atZone(TimeZones.TOKYO).toOffsetDateTime());
    }

    @Override
    public ListFilter listQuery(QueryParameters parameters) {
        LocalDate from = parameters.date("from").orElse(LocalDate.now(clock.withZone(TimeZones.TOKYO)));
        LocalDate to = parameters.date("to").orElse(null);
        if (to != null && to.isBefore(from)) {
            throw new BadParameterException("to", "(" + to + ") is before 'from' (" + from + ")");
        }
        Map<String, String> facets = new HashMap<>();
        parameters.single("municipality").ifPresent(m -> facets.put("municipality", m));
        parameters.oneOf("kind", Set.of("photo_exhibition", "products_fair", "morning_market", "other"))
                .ifPresent(k -> facets.put("kind", k));
        parameters.single("venue").ifPresent(v -> facets.put("venue", v));
        return new ListFilter(from, to, facets, parameters.single("q").orElse(null));
    }
}
