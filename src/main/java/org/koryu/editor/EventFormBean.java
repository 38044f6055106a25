package org.koryu.editor;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.koryu.accounts.CurrentActor;
import org.koryu.content.ContentItem;
import org.koryu.content.ContentService;
import org.koryu.content.EditorialQueries;
import org.koryu.content.ItemSummary;
import org.koryu.content.LocalizedText;
import org.koryu.content.StaleRevisionException;
import org.koryu.content.TransitionService;
import org.koryu.content.ValidationException;
import org.koryu.event.EventContent;
import org.koryu.event.EventKind;
import org.koryu.event.EventType;
import org.koryu.event.OccurrenceContent;
import org.koryu.municipality.MunicipalityType;
import org.koryu.venue.VenueType;
import org.koryu.workflow.engine.TransitionRequest;
import org.koryu.workflow.engine.WorkflowException;

/**
 * The event form: holds the fields being edited and the revision they are based on; saving and
 * submitting go to the content and transition services, whose faults appear beside the fields.
 */
@Named
@ViewScoped
public class EventFormBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "title.ja", "form:titleJa",
            "title.en", "form:titleEn",
            "kind", "form:kind",
            "municipality", "form:municipality",
            "venue", "form:venue",
            "occurrences", "form:occurrences",
            "occurrences[].date", "form:occurrences:{index}:date",
            "occurrences[].start", "form:occurrences:{index}:start",
            "occurrences[].end", "form:occurrences:{index}:end",
            "notes", "form:notes");

    @Inject
    transient ContentService contents;

    @Inject
    transient TransitionService transitions;

    @Inject
    transient EditorialQueries queries;

    @Inject
    transient EventType events;

    @Inject
    transient CurrentActor current;

    @Inject
    transient Messages messages;

    private Long id;
    private int basedOn;
    private String state;
    private String slug;
    private String titleJa;
    private String titleEn;
    private String kind = EventKind.PRODUCTS_FAIR.key();
    private String municipality;
    private String venue;
    private List<OccurrenceRow> occurrences = new ArrayList<>(List.of(new OccurrenceRow()));
    private String notes;
    private String description;
    private String scheduleSource;

    /** Loads the item named by the view parameter {@code id}, or starts a new event. */
    public void load() {
        if (id == null) {
            return;
        }
        ContentItem item = contents.item(id);
        EventContent c = (EventContent) contents.content(item, item.currentRevision());
        basedOn = item.currentRevision();
        state = item.state();
        slug = item.slug();
        titleJa = c.title().ja();
        titleEn = c.title().en();
        kind = c.kind();
        municipality = c.municipality();
        venue = c.venue();
        occurrences = new ArrayList<>(c.occurrences().stream().map(o -> new OccurrenceRow(LocalDate.parse(o.date()), o.start(),
                o.end(), o.status(), o.movedFrom() == null ? null : LocalDate.parse(o.movedFrom()))).toList());
        notes = c.notes();
        description = c.description();
        scheduleSource = c.scheduleSource();
    }

    public void save() {
        if (store()) {
            FieldMessages.info(FacesContext.getCurrentInstance(), messages.get("event.saved", basedOn));
        }
    }

    public void submit() throws IOException {
        if (!store()) {
            return;
        }
        try {
            transitions.fire(id, new TransitionRequest("submit", null, null, basedOn), current.actor());
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            FieldMessages.info(faces, messages.get("event.submitted", titleJa));
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/");
        } catch (WorkflowException e) {
            FieldMessages.error(FacesContext.getCurrentInstance(), e.getMessage());
        }
    }

    private boolean store() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            EventContent content = content();
            ContentItem item = id == null ? contents.create(events, null, content, current.actor())
                    : contents.save(id, basedOn, content, current.actor());
            id = item.id();
            basedOn = item.currentRevision();
            state = item.state();
            slug = item.slug();
            return true;
        } catch (ValidationException e) {
            FieldMessages.show(faces, e.violations(), FIELDS);
        } catch (StaleRevisionException e) {
            FieldMessages.error(faces, messages.get("event.stale", e.getMessage()));
        }
        return false;
    }

    private EventContent content() {
        List<OccurrenceContent> days = occurrences.stream()
                .filter(r -> r.getDate() != null || r.getStart() != null || r.getEnd() != null)
                .map(r -> new OccurrenceContent(r.getDate() == null ? null : r.getDate().toString(), r.getStart(), r.getEnd(),
                        r.getStatus(), r.getMovedFrom() == null ? null : r.getMovedFrom().toString()))
                .toList();
        return new EventContent(new LocalizedText(titleJa, titleEn), kind, municipality, venue, List.of(), days,
                scheduleSource, notes, description, List.of());
    }

    public void addDay() {
        OccurrenceRow last = occurrences.isEmpty() ? null : occurrences.get(occurrences.size() - 1);
        OccurrenceRow row = new OccurrenceRow();
        if (last != null) {
            row.setDate(last.getDate() == null ? null : last.getDate().plusDays(1));
            row.setStart(last.getStart());
            row.setEnd(last.getEnd());
        }
        occurrences.add(row);
    }

    public void removeDay(OccurrenceRow row) {
        occurrences.remove(row);
    }

    public List<ItemSummary> getMunicipalities() {
        return queries.ofType(MunicipalityType.NAME, 500);
    }

    public List<ItemSummary> getVenues() {
        return queries.ofType(VenueType.NAME, 500);
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getBasedOn() {
        return basedOn;
    }

    public void setBasedOn(int basedOn) {
        this.basedOn = basedOn;
    }

    public String getState() {
        return state;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitleJa() {
        return titleJa;
    }

    public void setTitleJa(String titleJa) {
        this.titleJa = titleJa;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public List<OccurrenceRow> getOccurrences() {
        return occurrences;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
