package org.koryu.editor;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.koryu.accounts.CurrentActor;
import org.koryu.content.EditorialQueries;
import org.koryu.content.ItemSummary;
import org.koryu.importer.CalendarImport;
import org.koryu.importer.ImportProblem;
import org.koryu.importer.ImportResult;
import org.koryu.importer.ImportedEvent;
import org.koryu.municipality.MunicipalityType;
import org.koryu.platform.TimeZones;
import org.koryu.venue.VenueType;
import org.koryu.workflow.engine.WorkflowException;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/**
 * The calendar import wizard: the text and year a person gave, the importer's preview, the
 * partners they chose for events whose title names none, and the creation of the drafts in
 * batches. What is read, matched and created is the importer's decision.
 */
@Named
@ViewScoped
public class ImportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A calendar page is a few kilobytes; this is far above any real one and far below harm. */
    static final int MAX_BYTES = 512 * 1024;

    /** The wizard's steps, in order. */
    public enum Step { SOURCE, PREVIEW, PARTNERS, CREATE }

    @Inject
    CalendarImport calendar;

    @Inject
    EditorialQueries queries;

    @Inject
    CurrentActor current;

    @Inject
    Messages messages;

    @Inject
    Refusals refusals;

    @Inject
    Clock clock;

    private Step step = Step.SOURCE;
    private String text;
    private int year;
    private ImportResult preview;
    private List<Integer> unmatched = List.of();
    private final Map<Integer, String> choices = new HashMap<>();
    private DraftBatches batches;
    /** The partners to choose from and names by slug, read with the preview, to show what the importer matched. */
    private List<ItemSummary> municipalities = List.of();
    private Map<String, String> municipalityNames = Map.of();
    private Map<String, String> venueNames = Map.of();

    @PostConstruct
    void start() {
        year = Year.now(clock.withZone(TimeZones.TOKYO)).getValue();
    }

    /** Puts an uploaded .txt file's text into the text area, if it is UTF-8. */
    public void upload(FileUploadEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        byte[] content = event.getFile().getContent();
        if (content.length > MAX_BYTES) {
            FieldMessages.error(faces, messages.get("import.tooLarge", MAX_BYTES / 1024));
            return;
        }
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString()
                    .replaceFirst("^\uFEFF", "");
            FieldMessages.info(faces, messages.get("import.uploaded", event.getFile().getFileName()));
        } catch (CharacterCodingException e) {
            FieldMessages.error(faces, messages.get("import.notUtf8", event.getFile().getFileName()));
        }
    }

    /** Step 1 → 2: reads the text, nothing chosen yet, so the preview shows what matched by itself. */
    public void readText() {
        if (text == null || text.isBlank()) {
            FieldMessages.error(FacesContext.getCurrentInstance(), messages.get("import.noText"));
            return;
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            FieldMessages.error(FacesContext.getCurrentInstance(), messages.get("import.tooLarge", MAX_BYTES / 1024));
            return;
        }
        choices.clear();
        municipalities = queries.ofType(MunicipalityType.NAME, 500);
        municipalityNames = names(municipalities);
        venueNames = names(queries.ofType(VenueType.NAME, 500));
        preview = calendar.read(text, year, Map.of());
        unmatched = preview.events().stream().filter(e -> e.municipality() == null).map(ImportedEvent::line).toList();
        step = Step.PREVIEW;
    }

    /** Step 2 → 3. */
    public void toPartners() {
        step = Step.PARTNERS;
    }

    /** Step 3 → 4: reads again with the partners chosen, so the last preview is what will be created. */
    public void applyChoices() {
        choices.values().removeIf(slug -> slug == null || slug.isBlank());
        preview = calendar.read(text, year, Map.copyOf(choices));
        step = Step.CREATE;
    }

    public void back() {
        if (batches == null && step != Step.SOURCE) {
            step = Step.values()[step.ordinal() - 1];
        }
    }

    /** Starts creating the drafts; the page then asks for one batch after another. */
    public void startCreating() {
        if (batches == null) {
            batches = new DraftBatches(preview.events().stream().map(ImportedEvent::line).toList(), preview.problems());
        }
        createNextBatch();
    }

    public void createNextBatch() {
        if (batches != null && !batches.isDone()) {
            try {
                batches.record(calendar.createDrafts(text, year, Map.copyOf(choices), batches.next(), current.actor()));
            } catch (WorkflowException e) {
                FieldMessages.error(FacesContext.getCurrentInstance(), refusals.text(e));
            }
        }
        PrimeFaces.current().ajax().addCallbackParam("done", batches == null || batches.isDone());
    }

    /** A problem of a line, in the view's language. */
    public String problemText(ImportProblem problem) {
        return messages.fault(problem.fault());
    }

    /** Events whose title named no partner, each waiting for a person's choice. */
    public List<ImportedEvent> getUnmatchedEvents() {
        return preview == null ? List.of() : preview.events().stream().filter(e -> unmatched.contains(e.line())).toList();
    }

    public long getCompleteCount() {
        return preview == null ? 0 : preview.events().stream().filter(ImportedEvent::complete).count();
    }

    public List<ItemSummary> getMunicipalities() {
        return municipalities;
    }

    public Map<String, String> getMunicipalityNames() {
        return municipalityNames;
    }

    public Map<String, String> getVenueNames() {
        return venueNames;
    }

    private static Map<String, String> names(List<ItemSummary> items) {
        return items.stream().collect(Collectors.toMap(ItemSummary::slug, ItemSummary::title, (a, b) -> a));
    }

    public List<Step> getSteps() {
        return List.of(Step.values());
    }

    public Step getStep() {
        return step;
    }

    public boolean isCreating() {
        return batches != null;
    }

    public DraftBatches getBatches() {
        return batches;
    }

    public ImportResult getPreview() {
        return preview;
    }

    public Map<Integer, String> getChoices() {
        return choices;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }
}
