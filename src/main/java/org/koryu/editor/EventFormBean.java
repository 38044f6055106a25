package org.koryu.editor;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.koryu.accounts.CurrentActor;
import org.koryu.content.ContentItem;
import org.koryu.content.ContentService;
import org.koryu.content.FieldChange;
import org.koryu.content.EditorialQueries;
import org.koryu.content.ItemSummary;
import org.koryu.content.LocalizedText;
import org.koryu.content.StaleRevisionException;
import org.koryu.content.TransitionService;
import org.koryu.content.ValidationException;
import org.koryu.content.Violation;
import org.koryu.content.Violations;
import org.koryu.event.EventCode;
import org.koryu.event.EventContent;
import org.koryu.event.EventKind;
import org.koryu.event.EventType;
import org.koryu.event.OccurrenceContent;
import org.koryu.event.ScheduleTools;
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

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("title.ja", "form:titleJa"),
            Map.entry("title.en", "form:titleEn"),
            Map.entry("kind", "form:kind"),
            Map.entry("municipality", "form:municipality"),
            Map.entry("venue", "form:venue"),
            Map.entry("occurrences", "form:occurrences"),
            Map.entry("occurrences[].date", "form:occurrences:{index}:date"),
            Map.entry("occurrences[].start", "form:occurrences:{index}:start"),
            Map.entry("occurrences[].end", "form:occurrences:{index}:end"),
            Map.entry("occurrences[].status", "form:occurrences:{index}:status"),
            Map.entry("occurrences[].movedFrom", "form:occurrences:{index}:movedFrom"),
            Map.entry("notes", "form:notes"),
            Map.entry("description", "form:description"),
            Map.entry("additionalVenues", "form:additionalVenues"),
            Map.entry("additionalVenues[]", "form:additionalVenues"),
            Map.entry("images[].url", "form:images:{index}:alt"),
            Map.entry("images[].alt", "form:images:{index}:alt"),
            Map.entry("images[].caption", "form:images:{index}:caption"));

    /** The inputs of the schedule tools (a range, a printed line), by the names their faults give. */
    private static final Map<String, String> SCHEDULE_TOOLS = Map.of(
            "rangeTo", "form:rangeTo",
            "rangeStart", "form:rangeStart",
            "rangeEnd", "form:rangeEnd",
            "firstDayStart", "form:firstDayStart",
            "lastDayEnd", "form:lastDayEnd",
            "line", "form:line");

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
    transient ImageUploads imageUploads;

    @Inject
    transient Messages messages;

    @Inject
    transient Refusals refusals;

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
    private List<String> additionalVenues = new ArrayList<>();
    private List<ImageRow> images = new ArrayList<>();

    private LocalDate rangeFrom;
    private LocalDate rangeTo;
    private String rangeStart;
    private String rangeEnd;
    private String firstDayStart;
    private String lastDayEnd;
    private String line;
    private Integer lineYear;

    private int staleRevision;
    private List<FieldChange> staleChanges = List.of();
    private List<org.koryu.content.FieldPair> myText = List.of();

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
        additionalVenues = new ArrayList<>(c.additionalVenues());
        images = new ArrayList<>(c.images().stream().map(i -> new ImageRow(i.url(), i.alt(), i.caption())).toList());
        lineYear = occurrences.isEmpty() || occurrences.get(0).getDate() == null ? null : occurrences.get(0).getDate().getYear();
    }

    public void save() throws IOException {
        boolean created = id == null;
        if (store()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            FieldMessages.info(faces, messages.get("event.saved", basedOn));
            if (created) {
                // A new event gets its own address, so a reload or a shared link opens this event, not an empty form.
                faces.getExternalContext().getFlash().setKeepMessages(true);
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/events/edit?id=" + id);
            }
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
            FieldMessages.error(FacesContext.getCurrentInstance(), refusals.text(e));
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
            FieldMessages.show(faces, e.violations(), FIELDS, messages);
        } catch (StaleRevisionException e) {
            staleRevision = e.currentRevision();
            staleChanges = contents.diff(id, basedOn, staleRevision);
            FieldMessages.error(faces, messages.get("event.stale", contents.revision(id, staleRevision).author(), staleRevision));
        }
        return false;
    }

    /** After a stale save: the editor has seen the other changes and saves their own text over them. */
    public void keepMine() throws IOException {
        basedOn = staleRevision;
        clearStale();
        save();
    }

    /** After a stale save: take the newer revision into the form; the editor's own values stay listed beside. */
    public void loadTheirs() {
        EventContent mine = content();
        load();
        EventContent theirs = content();
        myText = org.koryu.content.RevisionDiff.sideBySide(org.koryu.content.ContentJson.write(theirs),
                org.koryu.content.ContentJson.write(mine)).stream().filter(org.koryu.content.FieldPair::changed).toList();
        clearStale();
        FieldMessages.info(FacesContext.getCurrentInstance(), messages.get("event.reloaded", basedOn));
    }

    private void clearStale() {
        staleRevision = 0;
        staleChanges = List.of();
    }

    /** The editor's own values that differ from the reloaded revision, to copy back where they still apply. */
    public List<org.koryu.content.FieldPair> getMyText() {
        return myText;
    }

    public boolean isStale() {
        return staleRevision > 0;
    }

    public List<FieldChange> getStaleChanges() {
        return staleChanges;
    }

    /** Fills the days from a range, replacing those in the table. */
    public void fillRange() {
        Violations typed = new Violations();
        LocalTime start = time(rangeStart, "rangeStart", typed);
        LocalTime end = time(rangeEnd, "rangeEnd", typed);
        LocalTime firstStart = time(firstDayStart, "firstDayStart", typed);
        LocalTime lastEnd = time(lastDayEnd, "lastDayEnd", typed);
        try {
            typed.throwIfAny();
            occurrences = rows(ScheduleTools.range(rangeFrom, rangeTo, start, end, firstStart, lastEnd));
        } catch (ValidationException e) {
            FieldMessages.show(FacesContext.getCurrentInstance(), e.violations(), SCHEDULE_TOOLS, messages);
        }
    }

    /** Fills the days from a line written as the ward prints it; what the reader repaired is shown beside the line to be checked. */
    public void fillFromLine() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ScheduleTools.FromLine read = ScheduleTools.fromLine(line, lineYear == null ? Year.now().getValue() : lineYear);
            occurrences = rows(read.occurrences());
            read.warnings().forEach(w -> faces.addMessage(SCHEDULE_TOOLS.get(w.field()),
                    new FacesMessage(FacesMessage.SEVERITY_WARN, messages.violation(w), null)));
            if (read.note() != null && (notes == null || notes.isBlank())) {
                notes = read.note();
            }
        } catch (ValidationException e) {
            FieldMessages.show(faces, e.violations(), SCHEDULE_TOOLS, messages);
        }
    }

    private static List<OccurrenceRow> rows(List<OccurrenceContent> days) {
        return new ArrayList<>(days.stream().map(o -> new OccurrenceRow(LocalDate.parse(o.date()), o.start(), o.end(), o.status(),
                o.movedFrom() == null ? null : LocalDate.parse(o.movedFrom()))).toList());
    }

    /** A time typed in a masked field, or null when left empty or unreadable (then a fault of {@code field}). */
    private static LocalTime time(String text, String field, Violations faults) {
        if (text == null || text.isBlank() || text.contains("_")) {
            return null;
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            faults.add(field, EventCode.NOT_A_TIME, text);
            return null;
        }
    }

    /** The line as it will be printed, or what keeps the days from making one. */
    public ScheduleTools.Preview getPreview() {
        return ScheduleTools.preview(daysAsContent());
    }

    /** One of the preview's problems, in the view's language. */
    public String problemText(Violation problem) {
        return messages.violation(problem);
    }

    private EventContent content() {
        return new EventContent(new LocalizedText(titleJa, titleEn), kind, municipality, venue, additionalVenues, daysAsContent(),
                scheduleSource, notes, description,
                images.stream().map(i -> new org.koryu.event.ImageContent(i.getUrl(), i.getAlt(), i.getCaption())).toList());
    }

    /**
     * The days as typed. Empty rows at the end (an added day not filled in) are left out; an empty
     * row between filled ones stays, so its fault appears beside it rather than beside a neighbour.
     */
    private List<OccurrenceContent> daysAsContent() {
        int last = occurrences.size() - 1;
        while (last >= 0 && occurrences.get(last).isEmpty()) {
            last--;
        }
        return occurrences.subList(0, last + 1).stream()
                .map(r -> new OccurrenceContent(r.getDate() == null ? null : r.getDate().toString(), r.getStart(), r.getEnd(),
                        r.getStatus(), r.getMovedFrom() == null ? null : r.getMovedFrom().toString()))
                .toList();
    }

    public void uploadImage(org.primefaces.event.FileUploadEvent event) {
        String url = imageUploads.store(event.getFile(), "form:imageUpload");
        if (url != null) {
            images.add(new ImageRow(url, null, null));
        }
    }

    public void removeImage(ImageRow image) {
        images.remove(image);
    }

    public List<ImageRow> getImages() {
        return images;
    }

    public List<ItemSummary> getVenues() {
        return queries.ofType(VenueType.NAME, 500);
    }

    public List<String> getAdditionalVenues() {
        return additionalVenues;
    }

    public void setAdditionalVenues(List<String> additionalVenues) {
        this.additionalVenues = additionalVenues == null ? new ArrayList<>() : new ArrayList<>(additionalVenues);
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
    public LocalDate getRangeFrom() {
        return rangeFrom;
    }

    public void setRangeFrom(LocalDate rangeFrom) {
        this.rangeFrom = rangeFrom;
    }

    public LocalDate getRangeTo() {
        return rangeTo;
    }

    public void setRangeTo(LocalDate rangeTo) {
        this.rangeTo = rangeTo;
    }

    public String getRangeStart() {
        return rangeStart;
    }

    public void setRangeStart(String rangeStart) {
        this.rangeStart = rangeStart;
    }

    public String getRangeEnd() {
        return rangeEnd;
    }

    public void setRangeEnd(String rangeEnd) {
        this.rangeEnd = rangeEnd;
    }

    public String getFirstDayStart() {
        return firstDayStart;
    }

    public void setFirstDayStart(String firstDayStart) {
        this.firstDayStart = firstDayStart;
    }

    public String getLastDayEnd() {
        return lastDayEnd;
    }

    public void setLastDayEnd(String lastDayEnd) {
        this.lastDayEnd = lastDayEnd;
    }

    public String getLine() {
        return line;
    }

    public void setLine(String line) {
        this.line = line;
    }

    public Integer getLineYear() {
        return lineYear;
    }

    public void setLineYear(Integer lineYear) {
        this.lineYear = lineYear;
    }
}
