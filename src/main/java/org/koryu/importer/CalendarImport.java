package org.koryu.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.koryu.content.ContentItem;
import org.koryu.content.ContentService;
import org.koryu.content.NewItems;
import org.koryu.content.EditorialQueries;
import org.koryu.content.ItemSummary;
import org.koryu.content.LocalizedText;
import org.koryu.content.ValidationException;
import org.koryu.delivery.SearchText;
import org.koryu.event.EventContent;
import org.koryu.event.EventType;
import org.koryu.event.OccurrenceContent;
import org.koryu.event.schedule.Occurrence;
import org.koryu.event.schedule.ScheduleText;
import org.koryu.municipality.MunicipalityContent;
import org.koryu.municipality.MunicipalityType;
import org.koryu.venue.VenueContent;
import org.koryu.venue.VenueType;
import org.koryu.workflow.engine.Actor;
import org.koryu.workflow.engine.TransitionNotAllowedException;
import org.koryu.workflow.engine.WorkflowException;

/**
 * Reads a calendar in the ward's page format and, unless it is a dry run, creates each complete
 * event as a draft — never a published item. Partners are matched by name or alias and venues by
 * name; where nothing matches, a problem names the line, and a person can choose (never a guess).
 */
@ApplicationScoped
public class CalendarImport {

    private static final int MAX_ITEMS = 5000;
    private static final String EDITOR_ROLE = "editor";

    @Inject
    ContentService contents;

    @Inject
    NewItems newItems;

    @Inject
    EditorialQueries queries;

    @Inject
    EventType events;

    /** Reads without creating anything. {@code partnerChoices} maps an entry's line to the municipality a person chose. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportResult read(String text, int year, Map<Integer, String> partnerChoices) {
        CalendarReading reading = new CalendarParser().read(text, year);
        List<ImportProblem> problems = new ArrayList<>(reading.problems());
        PartnerMatcher partners = new PartnerMatcher(partners());
        Map<String, String> venues = venueSlugsByName();
        List<ImportedEvent> read = new ArrayList<>();
        for (CalendarEntry entry : reading.entries()) {
            read.add(imported(entry, partners, venues, partnerChoices, problems));
        }
        for (CalendarReading.LeftOut entry : reading.leftOut()) {
            venueSlugs(entry.line(), entry.title(), entry.venues(), venues, problems);
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
        return new ImportResult(read, problems, reading.notices());
    }

    /** Creates a draft of every complete event read; incomplete ones stay as problems. */
    @Transactional
    public ImportResult createDrafts(String text, int year, Map<Integer, String> partnerChoices, Actor actor) {
        requireEditor(actor);
        return created(read(text, year, partnerChoices), actor);
    }

    /**
     * Creates drafts of the complete events read on {@code lines} only, so that a long calendar can
     * be imported in several short requests whose progress a person can follow. Each draft is
     * created in its own transaction: one the content service refuses is reported as a problem
     * and does not undo the others. The answer holds the events of those lines and every problem,
     * the creation's own among them.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ImportResult createDrafts(String text, int year, Map<Integer, String> partnerChoices, Set<Integer> lines,
                                     Actor actor) {
        requireEditor(actor);
        ImportResult result = read(text, year, partnerChoices);
        List<ImportedEvent> chosen = result.events().stream().filter(e -> lines.contains(e.line())).toList();
        return created(new ImportResult(chosen, result.problems(), result.notices()), actor);
    }

    /** Drafting from a calendar is an editor's work (the demo content is loaded as the demo editor). */
    private static void requireEditor(Actor actor) {
        if (!actor.roles().contains(EDITOR_ROLE)) {
            throw new TransitionNotAllowedException(WorkflowException.Reason.ROLE_MISSING, actor.name()
                    + " may not import a calendar: that needs the " + EDITOR_ROLE + " role", actor.name(), EDITOR_ROLE);
        }
    }

    private ImportResult created(ImportResult result, Actor actor) {
        List<ImportedEvent> created = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>(result.problems());
        for (ImportedEvent e : result.events()) {
            if (!e.complete()) {
                created.add(e);
                continue;
            }
            try {
                ContentItem item = newItems.create(events, null, content(e), actor);
                created.add(e.created(item.id()));
            } catch (ValidationException ex) {
                ex.violations().forEach(v -> problems.add(ImportProblem.error(e.line(), ImportCode.NOT_CREATED, v.field(),
                        v.fault())));
                created.add(e);
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
        return new ImportResult(created, problems, result.notices());
    }

    /** Every venue the calendar names, in order of appearance, with the address where the calendar gives one. */
    public List<VenueName> venueNames(String text, int year) {
        return new CalendarParser().read(text, year).entries().stream().flatMap(e -> e.venues().stream()).toList();
    }

    static EventContent content(ImportedEvent e) {
        return new EventContent(LocalizedText.ja(e.title()), e.kind(), e.municipality(), e.venue(), e.additionalVenues(),
                e.occurrences(), e.scheduleSource(), e.notes(), null, List.of());
    }

    private ImportedEvent imported(CalendarEntry entry, PartnerMatcher partners, Map<String, String> venues,
                                   Map<Integer, String> choices, List<ImportProblem> problems) {
        String municipality = choices.get(entry.line());
        if (municipality != null && !partners.knows(municipality)) {
            problems.add(ImportProblem.error(entry.line(), ImportCode.PARTNER_UNKNOWN, entry.title(), municipality));
            municipality = null;
        } else if (municipality == null) {
            Optional<Partner> partner = partners.match(entry.title());
            if (partner.isPresent()) {
                municipality = partner.get().slug();
            } else {
                // Not an error: the wizard's next step, or the API's partner=LINE:slug, supplies it.
                problems.add(ImportProblem.warning(entry.line(), ImportCode.NO_PARTNER, entry.title()));
            }
        }
        List<String> venueSlugs = venueSlugs(entry.line(), entry.title(), entry.venues(), venues, problems);
        List<OccurrenceContent> occurrences = entry.occurrences().stream().map(CalendarImport::occurrence).toList();
        String notes = entry.scheduleNote() == null && entry.notes().isEmpty() ? null
                : String.join("\n", concat(entry.scheduleNote(), entry.notes()));
        return new ImportedEvent(entry.line(), entry.title(), entry.kind(), entry.kindLabel(), municipality,
                venueSlugs.isEmpty() ? null : venueSlugs.get(0),
                venueSlugs.size() > 1 ? List.copyOf(venueSlugs.subList(1, venueSlugs.size())) : List.of(),
                occurrences, entry.scheduleSource(), ScheduleText.of(entry.occurrences()), notes, null);
    }

    /** The slugs of the venues named; each name no venue has is a problem of the entry's line. */
    private static List<String> venueSlugs(int line, String title, List<VenueName> named, Map<String, String> venues,
                                           List<ImportProblem> problems) {
        List<String> slugs = new ArrayList<>();
        for (VenueName v : named) {
            String slug = venues.get(SearchText.normalize(v.name()));
            if (slug == null) {
                problems.add(ImportProblem.error(line, ImportCode.NO_SUCH_VENUE, title, v.name()));
            } else {
                slugs.add(slug);
            }
        }
        return slugs;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        if (first != null) {
            all.add("※" + first);
        }
        rest.forEach(note -> all.add("※" + note));
        return all;
    }

    private static OccurrenceContent occurrence(Occurrence o) {
        return new OccurrenceContent(o.date().toString(), time(o.start()), time(o.end()), o.status().key(),
                o.movedFrom() == null ? null : o.movedFrom().toString());
    }

    private static String time(java.time.LocalTime t) {
        return t == null ? null : String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    private List<Partner> partners() {
        List<Partner> list = new ArrayList<>();
        for (ItemSummary s : queries.ofType(MunicipalityType.NAME, MAX_ITEMS)) {
            MunicipalityContent c = (MunicipalityContent) contents.content(contents.item(s.id()), s.revision());
            list.add(new Partner(s.slug(), c.name(), c.aliases()));
        }
        return list;
    }

    private Map<String, String> venueSlugsByName() {
        Map<String, String> byName = new HashMap<>();
        for (ItemSummary s : queries.ofType(VenueType.NAME, MAX_ITEMS)) {
            VenueContent c = (VenueContent) contents.content(contents.item(s.id()), s.revision());
            byName.put(SearchText.normalize(c.name()), s.slug());
        }
        return byName;
    }
}
