package org.koryu.editor;

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

import org.koryu.content.EditorialQueries;
import org.koryu.content.ItemSummary;
import org.koryu.content.LocalizedText;
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

/**
 * The event form: the fields of an event, its schedule tools (a range, a line as the ward prints
 * it) and images; saving, submitting and stale saves as every {@link RevisionFormBean}.
 */
@Named
@ViewScoped
public class EventFormBean extends RevisionFormBean<EventContent> {

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
    EditorialQueries queries;

    @Inject
    EventType events;

    @Inject
    ImageUploads imageUploads;

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

    @Override
    protected EventType type() {
        return events;
    }

    @Override
    protected Map<String, String> fieldComponents() {
        return FIELDS;
    }

    /** The dashboard: an editor sends events in series and follows them there (sent back, scheduled, next events). */
    @Override
    protected String afterSubmit() {
        return "/";
    }

    @Override
    protected void show(EventContent c) {
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

    /** The field a problem of the preview is about, as the form labels it (日ごとの表（1行目）の終了). */
    public String problemField(Violation problem) {
        return readings.label(type().fieldName(problem.field()));
    }

    /** One of the preview's problems, in the view's language. */
    public String problemText(Violation problem) {
        return messages.violation(problem);
    }

    @Override
    protected EventContent content() {
        return new EventContent(new LocalizedText(titleJa, titleEn), kind, municipality, venue,
                additionalVenues.stream().filter(v -> !v.equals(venue)).toList(), daysAsContent(),
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

    /** The choices of other venues: every venue but the main one, which is not "other". */
    public List<ItemSummary> getVenues() {
        return queries.ofType(VenueType.NAME, 500).stream().filter(v -> !v.slug().equals(venue)).toList();
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
