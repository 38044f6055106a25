package org.koryu.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.koryu.content.ContentCode;
import org.koryu.content.ContentRef;
import org.koryu.content.ContentType;
import org.koryu.content.ListFilter;
import org.koryu.content.LiveContent;
import org.koryu.content.LiveVersion;
import org.koryu.content.LocalizedText;
import org.koryu.content.Publication;
import org.koryu.content.QueryParameters;
import org.koryu.content.References;
import org.koryu.content.RichText;
import org.koryu.content.Texts;
import org.koryu.content.Violations;
import org.koryu.media.ImageRef;
import org.koryu.media.MediaCatalog;
import org.koryu.municipality.MunicipalityCode;
import org.koryu.municipality.MunicipalityType;
import org.koryu.platform.TimeZones;
import org.koryu.venue.VenueCode;
import org.koryu.venue.VenueType;

/**
 * The report type. Reports are listed newest first; {@code ?type=forum|project} and
 * {@code ?municipality=} (host or related partner) filter them.
 */
@ApplicationScoped
public class ReportType implements ContentType<ReportContent> {

    public static final String NAME = "report";
    private static final int MAX_DAYS = 366;
    // The era is shown beside every date; the Japanese calendar starts in 1873.
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2200;

    @Inject
    MunicipalityType municipalities;

    @Inject
    VenueType venues;

    @Inject
    MediaCatalog media;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String collection() {
        return "reports";
    }

    @Override
    public Class<ReportContent> contentClass() {
        return ReportContent.class;
    }

    @Override
    public String title(ReportContent content) {
        return content.title() == null || content.title().ja() == null ? "" : content.title().ja();
    }

    @Override
    public String slugBase(ReportContent c) {
        String name = c.title().en() != null ? c.title().en() : c.municipality() != null ? c.municipality() : "";
        return String.join("-", String.valueOf(c.heldOn()), name, String.valueOf(c.type()));
    }

    @Override
    public ReportContent clean(ReportContent c) {
        List<Participant> participants = Texts.orEmpty(c.participants()).stream().map(ReportType::cleaned)
                .filter(p -> p.name() != null || p.role() != null).toList();
        Participant moderator = c.moderator() == null ? null : cleaned(c.moderator());
        if (moderator != null && moderator.name() == null && moderator.role() == null) {
            moderator = null;
        }
        List<ImageRef> photos = Texts.orEmpty(c.photos()).stream().map(ImageRef::cleaned).toList();
        return new ReportContent(Texts.clean(c.type()), c.title() == null ? new LocalizedText(null, null) : c.title().cleaned(),
                Texts.clean(c.series()), Texts.clean(c.heldOn()), Texts.clean(c.heldUntil()), Texts.clean(c.municipality()),
                Texts.clean(c.venue()), Texts.clean(c.place()), Texts.clean(c.theme()), moderator, participants,
                RichText.clean(c.body()), photos, Texts.cleanList(c.relatedMunicipalities()), Texts.clean(c.next()));
    }

    private static Participant cleaned(Participant p) {
        return new Participant(Texts.clean(p.name()), Texts.clean(p.role()));
    }

    @Override
    public void validate(ReportContent c, Violations v, References references) {
        v.check(c.type() != null && ReportKind.byKey(c.type()).isPresent(), "type", ContentCode.ONE_OF, ReportKind.keys());
        if (v.check(c.title().ja() != null, "title.ja", ContentCode.JAPANESE_TITLE_REQUIRED, "第八回 地方創生・交流自治体連携フォーラム")) {
            v.check(c.title().ja().length() <= 200, "title.ja", ContentCode.TOO_LONG, 200);
        }
        v.check(c.title().en() == null || c.title().en().length() <= 200, "title.en", ContentCode.TOO_LONG, 200);
        validateDates(c, v);
        if (c.municipality() != null) {
            references.check(new ContentRef(municipalities.name(), c.municipality()), "municipality", MunicipalityCode.UNKNOWN, v);
        }
        if (c.venue() != null) {
            references.check(new ContentRef(venues.name(), c.venue()), "venue", VenueCode.UNKNOWN, v);
        }
        for (int i = 0; i < c.relatedMunicipalities().size(); i++) {
            references.check(new ContentRef(municipalities.name(), c.relatedMunicipalities().get(i)),
                    "relatedMunicipalities[" + i + "]", MunicipalityCode.UNKNOWN, v);
        }
        maxLength(c.series(), 200, "series", v);
        maxLength(c.place(), 200, "place", v);
        maxLength(c.theme(), 300, "theme", v);
        maxLength(c.next(), 500, "next", v);
        maxLength(c.body(), 50_000, "body", v);
        if (c.moderator() != null) {
            validateParticipant(c.moderator(), "moderator", v);
        }
        for (int i = 0; i < c.participants().size(); i++) {
            validateParticipant(c.participants().get(i), "participants[" + i + "]", v);
        }
        for (int i = 0; i < c.photos().size(); i++) {
            c.photos().get(i).validate("photos[" + i + "]", false, media, v);
        }
    }

    private static void validateDates(ReportContent c, Violations v) {
        Optional<LocalDate> from = date(c.heldOn(), "heldOn", v);
        if (c.heldOn() == null) {
            v.add("heldOn", ReportCode.HELD_ON_REQUIRED);
        }
        Optional<LocalDate> to = date(c.heldUntil(), "heldUntil", v);
        if (from.isPresent() && to.isPresent()) {
            if (v.check(!to.get().isBefore(from.get()), "heldUntil", ReportCode.LAST_DAY_BEFORE_FIRST, from.get(), to.get())) {
                v.check(!to.get().isAfter(from.get().plusDays(MAX_DAYS)), "heldUntil", ReportCode.TOO_MANY_DAYS, MAX_DAYS);
            }
        }
    }

    private static Optional<LocalDate> date(String text, String field, Violations v) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text);
            return v.check(date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR, field, ReportCode.YEAR_OUT_OF_RANGE,
                    FIRST_YEAR, LAST_YEAR)
                    ? Optional.of(date) : Optional.empty();
        } catch (DateTimeParseException e) {
            v.add(field, ContentCode.NOT_A_DATE, text, "2023-05-20");
            return Optional.empty();
        }
    }

    private static void validateParticipant(Participant p, String field, Violations v) {
        v.check(p.name() != null || p.role() != null, field, ReportCode.PARTICIPANT_EMPTY);
        maxLength(p.name(), 100, field + ".name", v);
        maxLength(p.role(), 100, field + ".role", v);
    }

    private static void maxLength(String text, int max, String field, Violations v) {
        v.check(text == null || text.length() <= max, field, ContentCode.TOO_LONG, max);
    }

    @Override
    public Set<ContentRef> references(ReportContent c) {
        Set<ContentRef> refs = new LinkedHashSet<>();
        if (c.municipality() != null) {
            refs.add(new ContentRef(MunicipalityType.NAME, c.municipality()));
        }
        if (c.venue() != null) {
            refs.add(new ContentRef(VenueType.NAME, c.venue()));
        }
        c.relatedMunicipalities().forEach(slug -> refs.add(new ContentRef(MunicipalityType.NAME, slug)));
        return refs;
    }

    @Override
    public Map<String, Object> derived(ReportContent c) {
        return heldDays(c).isEmpty() ? Map.of() : Map.of("heldOnText", heldOnText(c));
    }

    @Override
    public Publication publication(LiveVersion<ReportContent> version, LiveContent live) {
        ReportContent c = version.content();
        List<ReportDocument.MunicipalitySummary> related = new ArrayList<>();
        c.relatedMunicipalities().forEach(slug -> municipality(live, slug).ifPresent(related::add));
        ReportDocument.MunicipalitySummary host = c.municipality() == null ? null : municipality(live, c.municipality()).orElse(null);
        ReportDocument.VenueSummary venue = c.venue() == null ? null : live.find(venues, c.venue())
                .map(found -> new ReportDocument.VenueSummary(found.slug(), found.content().name(), found.content().address()))
                .orElse(null);
        ReportDocument doc = new ReportDocument(NAME, version.id(), version.slug(), c.type(),
                ReportKind.byKey(c.type()).map(ReportKind::label).orElse(null), c.title(), c.series(), c.heldOn(),
                c.heldUntil(), heldOnText(c), host, venue, c.place(), c.theme(), c.moderator(), c.participants(), c.body(),
                c.photos(), related, c.next(), TimeZones.tokyo(version.publishedAt()), TimeZones.tokyo(version.updatedAt()));
        Map<String, Set<String>> facets = new HashMap<>();
        facets.put("type", Set.of(c.type()));
        Set<String> partners = new LinkedHashSet<>(c.relatedMunicipalities());
        if (c.municipality() != null) {
            partners.add(c.municipality());
        }
        if (!partners.isEmpty()) {
            facets.put("municipality", partners);
        }
        String search = String.join(" ", c.title().ja(), String.valueOf(c.title().en()), String.valueOf(c.series()),
                String.valueOf(c.place()), String.valueOf(c.theme()), RichText.plain(c.body()), String.valueOf(c.next()),
                host == null ? "" : host.name());
        return new Publication(doc, newestFirst(c), heldDays(c), facets, search);
    }

    private Optional<ReportDocument.MunicipalitySummary> municipality(LiveContent live, String slug) {
        return live.find(municipalities, slug).map(m -> new ReportDocument.MunicipalitySummary(m.slug(), m.content().name(),
                m.content().prefecture()));
    }

    /** Lists run in ascending sort key: the complement of the day puts the latest report first. */
    private static String newestFirst(ReportContent c) {
        List<LocalDate> days = heldDays(c);
        if (days.isEmpty()) {
            return "99999999";
        }
        LocalDate d = days.get(0);
        return String.format("%08d", 99_999_999 - (d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth()));
    }

    private static List<LocalDate> heldDays(ReportContent c) {
        if (c.heldOn() == null) {
            return List.of();
        }
        try {
            LocalDate from = LocalDate.parse(c.heldOn());
            LocalDate to = c.heldUntil() == null ? from : LocalDate.parse(c.heldUntil());
            return to.isBefore(from) || to.isAfter(from.plusDays(MAX_DAYS)) ? List.of(from)
                    : from.datesUntil(to.plusDays(1)).toList();
        } catch (DateTimeParseException e) {
            // Validation names the field; an index of a draft only needs what can be read.
            return List.of();
        }
    }

    private static String heldOnText(ReportContent c) {
        List<LocalDate> days = heldDays(c);
        return days.isEmpty() ? null : JapaneseEraDates.range(days.get(0), days.get(days.size() - 1));
    }

    @Override
    public ListFilter listQuery(QueryParameters parameters) {
        Map<String, String> facets = new HashMap<>();
        parameters.oneOf("type", Set.copyOf(ReportKind.keys())).ifPresent(t -> facets.put("type", t));
        parameters.single("municipality").ifPresent(m -> facets.put("municipality", m));
        return new ListFilter(parameters.date("from").orElse(null), parameters.date("to").orElse(null), facets,
                parameters.single("q").orElse(null));
    }
}
