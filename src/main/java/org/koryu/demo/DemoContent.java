package org.koryu.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.koryu.content.ContentItem;
import org.koryu.content.ContentService;
import org.koryu.content.LocalizedText;
import org.koryu.content.TransitionService;
import org.koryu.importer.CalendarImport;
import org.koryu.importer.ImportProblem;
import org.koryu.importer.ImportResult;
import org.koryu.importer.ImportedEvent;
import org.koryu.importer.VenueName;
import org.koryu.municipality.MunicipalityContent;
import org.koryu.municipality.MunicipalityType;
import org.koryu.municipality.SnsAccount;
import org.koryu.municipality.SnsPlatform;
import org.koryu.notice.NoticeContent;
import org.koryu.notice.NoticeType;
import org.koryu.report.ReportContent;
import org.koryu.report.ReportType;
import org.koryu.venue.VenueContent;
import org.koryu.venue.VenueType;
import org.koryu.workflow.engine.Actor;
import org.koryu.workflow.engine.TransitionRequest;

/**
 * Loads the seed page (a copy in {@code demo/}) into an empty database through the same services
 * as real work: the demo editor creates and submits, the demo supervisor approves. Partners and
 * their SNS accounts come from the page's SNS section, the events from its calendar through the
 * calendar importer (year 2023), venues from the calendar's 場所 lines, the forum and project
 * reports from its report section, and the calendar notices from the ※ lines above the calendar.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    static final String SEED = "demo/suginami-exchange-page.txt";
    static final int SEED_YEAR = 2023;
    private static final Actor EDITOR = new Actor("editor", Set.of("editor"));
    private static final Actor SUPERVISOR = new Actor("supervisor", Set.of("supervisor"));

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentService contents;

    @Inject
    TransitionService transitions;

    @Inject
    MunicipalityType municipalities;

    @Inject
    VenueType venues;

    @Inject
    ReportType reports;

    @Inject
    NoticeType notices;

    @Inject
    CalendarImport calendar;

    @Transactional
    public void loadIfEmpty() {
        if (em.createQuery("SELECT COUNT(i) FROM ContentItem i", Long.class).getSingleResult() > 0) {
            return;
        }
        String page = resource(SEED);
        List<String> lines = Arrays.asList(page.split("\\R", -1));
        List<ContentItem> created = new ArrayList<>();
        created.addAll(partners(lines));
        created.addAll(venues(page));
        ImportResult imported = calendar.createDrafts(page, SEED_YEAR, Map.of(), EDITOR);
        for (ImportProblem p : imported.problems()) {
            LOG.info(() -> "Seed calendar, line " + p.line() + " (" + p.severity() + "): " + p.message());
        }
        for (ImportedEvent e : imported.events()) {
            if (e.createdId() == null) {
                throw new IllegalStateException("The seed calendar's event at line " + e.line() + " was not created");
            }
            created.add(contents.item(e.createdId()));
        }
        Map<String, String> partnerSlugs = new LinkedHashMap<>();
        created.stream().filter(i -> i.type().equals(MunicipalityType.NAME)).forEach(i -> partnerSlugs.put(i.title(), i.slug()));
        for (ReportContent report : SeedReports.read(lines, partnerSlugs)) {
            created.add(contents.create(reports, null, report, EDITOR));
        }
        int order = 10;
        for (String notice : imported.notices()) {
            created.add(contents.create(notices, null, new NoticeContent(LocalizedText.ja(notice), order), EDITOR));
            order += 10;
        }
        for (ContentItem item : created) {
            transitions.fire(item.id(), TransitionRequest.of("submit"), EDITOR);
            transitions.fire(item.id(), new TransitionRequest("approve", null, null, item.currentRevision()), SUPERVISOR);
        }
        LOG.info(() -> "Demo content published: " + created.size() + " items from " + SEED);
    }

    private List<ContentItem> partners(List<String> lines) {
        Properties supplement = properties("demo/partners.properties");
        List<ContentItem> items = new ArrayList<>();
        int order = 10;
        for (SeedPartners.Partner p : SeedPartners.read(lines)) {
            String[] extra = field(supplement, p.name(), 4);
            String platform = SnsPlatform.byLabel(p.platform()).map(SnsPlatform::key).orElse(SnsPlatform.OTHER.key());
            MunicipalityContent content = new MunicipalityContent(p.name(), extra[1], p.prefecture(), extra[2],
                    list(extra[3]), List.of(), null, List.of(new SnsAccount(platform, null, null, p.description())), order);
            items.add(contents.create(municipalities, extra[0], content, EDITOR));
            order += 10;
        }
        return items;
    }

    private List<ContentItem> venues(String page) {
        Properties supplement = properties("demo/venues.properties");
        Map<String, String> addresses = new LinkedHashMap<>();
        for (VenueName v : calendar.venueNames(page, SEED_YEAR)) {
            addresses.merge(v.name(), v.address() == null ? "" : v.address(), (a, b) -> a.isEmpty() ? b : a);
        }
        List<ContentItem> items = new ArrayList<>();
        addresses.forEach((name, address) -> {
            String[] extra = field(supplement, name, 3);
            String where = !address.isEmpty() ? address : extra[2].isEmpty() ? null : extra[2];
            items.add(contents.create(venues, extra[0], new VenueContent(name, extra[1], where, null), EDITOR));
        });
        return items;
    }

    private static String[] field(Properties supplement, String key, int parts) {
        String value = supplement.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("demo/*.properties says nothing of 「" + key + "」, which the seed page names");
        }
        String[] fields = Arrays.copyOf(value.split("\\|", -1), parts);
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i] == null ? "" : fields[i].strip();
        }
        return fields;
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Properties properties(String name) {
        Properties p = new Properties();
        try (Reader reader = new InputStreamReader(stream(name), StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String resource(String name) {
        try (InputStream in = stream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String name) {
        InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Demo resource " + name + " is missing from the WAR");
        }
        return in;
    }
}
