package org.koryu.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.koryu.content.ContentType;
import org.koryu.content.LocalizedText;
import org.koryu.media.ImageRef;
import org.koryu.report.JapaneseEraDates;
import org.koryu.report.Participant;
import org.koryu.report.ReportContent;
import org.koryu.report.ReportKind;
import org.koryu.report.ReportType;
import org.primefaces.event.FileUploadEvent;

/** The report form: a forum or a joint project, when and where, who took part, the text and the photos. */
@Named
@ViewScoped
public class ReportFormBean extends RevisionFormBean<ReportContent> {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("type", "form:type"),
            Map.entry("title.ja", "form:titleJa"),
            Map.entry("title.en", "form:titleEn"),
            Map.entry("series", "form:series"),
            Map.entry("heldOn", "form:heldOn"),
            Map.entry("heldUntil", "form:heldUntil"),
            Map.entry("municipality", "form:municipality"),
            Map.entry("venue", "form:venue"),
            Map.entry("place", "form:place"),
            Map.entry("theme", "form:theme"),
            Map.entry("moderator", "form:moderatorName"),
            Map.entry("participants[]", "form:participants:{index}:name"),
            Map.entry("photos[].url", "form:photos:{index}:alt"),
            Map.entry("photos[].alt", "form:photos:{index}:alt"),
            Map.entry("photos[].caption", "form:photos:{index}:caption"),
            Map.entry("body", "form:body"),
            Map.entry("next", "form:next"));

    @Inject
    ReportType reports;

    @Inject
    ImageUploads imageUploads;

    private String kind = ReportKind.values()[0].key();
    private String titleJa;
    private String titleEn;
    private String series;
    private LocalDate heldOn;
    private LocalDate heldUntil;
    private String municipality;
    private String venue;
    private String place;
    private String theme;
    private String moderatorName;
    private String moderatorRole;
    private List<ParticipantRow> participants = new ArrayList<>(List.of(new ParticipantRow()));
    private List<ImageRow> photos = new ArrayList<>();
    private List<String> relatedMunicipalities = new ArrayList<>();
    private String body;
    private String next;

    @Override
    protected ContentType<ReportContent> type() {
        return reports;
    }

    @Override
    protected Map<String, String> fieldComponents() {
        return FIELDS;
    }

    @Override
    protected ReportContent content() {
        Participant moderator = blank(moderatorName) && blank(moderatorRole) ? null : new Participant(moderatorName, moderatorRole);
        return new ReportContent(kind, new LocalizedText(titleJa, titleEn), series, heldOn == null ? null : heldOn.toString(),
                heldUntil == null ? null : heldUntil.toString(), municipality, venue, place, theme, moderator,
                participants.stream().filter(p -> !p.isEmpty()).map(p -> new Participant(p.getName(), p.getRole())).toList(),
                body, photos.stream().map(p -> new ImageRef(p.getUrl(), p.getAlt(), p.getCaption())).toList(),
                relatedMunicipalities, next);
    }

    @Override
    protected void show(ReportContent c) {
        kind = c.type();
        titleJa = c.title().ja();
        titleEn = c.title().en();
        series = c.series();
        heldOn = c.heldOn() == null ? null : LocalDate.parse(c.heldOn());
        heldUntil = c.heldUntil() == null ? null : LocalDate.parse(c.heldUntil());
        municipality = c.municipality();
        venue = c.venue();
        place = c.place();
        theme = c.theme();
        moderatorName = c.moderator() == null ? null : c.moderator().name();
        moderatorRole = c.moderator() == null ? null : c.moderator().role();
        participants = new ArrayList<>(c.participants().stream().map(p -> new ParticipantRow(p.name(), p.role())).toList());
        photos = new ArrayList<>(c.photos().stream().map(p -> new ImageRow(p.url(), p.alt(), p.caption())).toList());
        relatedMunicipalities = new ArrayList<>(c.relatedMunicipalities());
        body = c.body();
        next = c.next();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The dates as the report prints them in the 令和 era, e.g. 令和5年6月5日～9日. */
    public String getEraText() {
        return heldOn == null ? "" : JapaneseEraDates.range(heldOn, heldUntil);
    }

    public void addParticipant() {
        participants.add(new ParticipantRow());
    }

    public void removeParticipant(ParticipantRow row) {
        participants.remove(row);
    }

    public void uploadPhoto(FileUploadEvent event) {
        String url = imageUploads.store(event.getFile(), "form:photoUpload");
        if (url != null) {
            photos.add(new ImageRow(url, null, null));
        }
    }

    /** A photo known by its caption only, its file to come later (the seed page names photos it does not carry). */
    public void addPhotoWithoutFile() {
        photos.add(new ImageRow());
    }

    public void removePhoto(ImageRow row) {
        photos.remove(row);
    }

    public ReportKind[] getKinds() {
        return ReportKind.values();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
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

    public String getSeries() {
        return series;
    }

    public void setSeries(String series) {
        this.series = series;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public LocalDate getHeldUntil() {
        return heldUntil;
    }

    public void setHeldUntil(LocalDate heldUntil) {
        this.heldUntil = heldUntil;
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

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getModeratorName() {
        return moderatorName;
    }

    public void setModeratorName(String moderatorName) {
        this.moderatorName = moderatorName;
    }

    public String getModeratorRole() {
        return moderatorRole;
    }

    public void setModeratorRole(String moderatorRole) {
        this.moderatorRole = moderatorRole;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public List<ParticipantRow> getParticipants() {
        return participants;
    }

    public List<ImageRow> getPhotos() {
        return photos;
    }

    public List<String> getRelatedMunicipalities() {
        return relatedMunicipalities;
    }

    public void setRelatedMunicipalities(List<String> related) {
        this.relatedMunicipalities = related == null ? new ArrayList<>() : new ArrayList<>(related);
    }
}
