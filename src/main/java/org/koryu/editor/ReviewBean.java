package org.koryu.editor;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.koryu.accounts.CurrentActor;
import org.koryu.content.ConflictException;
import org.koryu.content.ContentItem;
import org.koryu.content.ContentService;
import org.koryu.content.FieldPair;
import org.koryu.content.TransitionService;
import org.koryu.event.EventContent;
import org.koryu.event.VenueBookings;
import org.koryu.platform.TimeZones;
import org.koryu.workflow.engine.CommentRequiredException;
import org.koryu.workflow.engine.TransitionDefinition;
import org.koryu.workflow.engine.TransitionNotAllowedException;
import org.koryu.workflow.engine.TransitionRequest;
import org.koryu.workflow.engine.WorkflowException;

/**
 * The review of one item: every field of the submitted revision beside the live one, changes
 * marked; for events, other events at the same venue and time; and the transitions the workflow
 * offers this reviewer. The revision shown is the one approved: a newer save makes the approval fail.
 */
@Named
@ViewScoped
public class ReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContentService contents;

    @Inject
    TransitionService transitions;

    @Inject
    VenueBookings bookings;

    @Inject
    CurrentActor current;

    @Inject
    Messages messages;

    @Inject
    Refusals refusals;

    @Inject
    Readings readings;

    private Long id;
    private String type;
    private String title;
    private String state;
    private int revision;
    private Integer liveRevision;
    private String author;
    private List<FieldPair> fields = List.of();
    private List<VenueBookings.Clash> clashes = List.of();
    private List<String> available = List.of();
    private String comment;
    private LocalDateTime approveAt;

    public void load() {
        if (id == null) {
            return;
        }
        ContentItem item = contents.item(id);
        type = item.type();
        title = item.title();
        state = item.state();
        revision = item.currentRevision();
        liveRevision = item.liveRevision();
        author = contents.revision(id, revision).author();
        Integer base = liveRevision != null && liveRevision != revision ? liveRevision : null;
        fields = contents.sideBySide(id, base, revision, readings);
        clashes = contents.content(item, revision) instanceof EventContent event ? bookings.clashesWith(id, event) : List.of();
        available = transitions.available(id, current.actor()).stream().map(TransitionDefinition::name).toList();
    }

    public void fire(String transition) throws IOException {
        decide(transition, null);
    }

    /** Approves now; the publication happens at {@link #approveAt} (Tokyo time) when one was chosen. */
    public void approveLater() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (approveAt == null) {
            faces.addMessage("decide:approveAt", new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("review.atRequired"), null));
            faces.validationFailed();
            return;
        }
        Instant at = approveAt.atZone(TimeZones.TOKYO).toInstant();
        if (!at.isAfter(Instant.now())) {
            faces.addMessage("decide:approveAt", new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("review.atPast"), null));
            faces.validationFailed();
            return;
        }
        decide("approve", at);
    }

    private void decide(String transition, Instant at) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            transitions.fire(id, new TransitionRequest(transition, comment, at, revision), current.actor());
            faces.getExternalContext().getFlash().setKeepMessages(true);
            String done = at == null ? messages.get("review.done", messages.get("transition." + transition), title)
                    : messages.get("review.scheduled", title, approveAt.toString().replace('T', ' '));
            FieldMessages.info(faces, done);
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/");
        } catch (CommentRequiredException e) {
            faces.addMessage("decide:comment", new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("review.commentRequired"), null));
            faces.validationFailed();
        } catch (TransitionNotAllowedException e) {
            FieldMessages.error(faces, messages.get("review.notAllowed", refusals.text(e)));
            load();
        } catch (ConflictException e) {
            FieldMessages.error(faces, messages.get("review.conflict", refusals.text(e)));
            load();
        } catch (WorkflowException e) {
            FieldMessages.error(faces, refusals.text(e));
            load();
        }
    }

    public boolean offers(String transition) {
        return available.contains(transition);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getState() {
        return state;
    }

    public int getRevision() {
        return revision;
    }

    public Integer getLiveRevision() {
        return liveRevision;
    }

    public String getAuthor() {
        return author;
    }

    public List<FieldPair> getFields() {
        return fields;
    }

    public long getChangedCount() {
        return fields.stream().filter(FieldPair::changed).count();
    }

    public List<VenueBookings.Clash> getClashes() {
        return clashes;
    }

    public List<String> getAvailable() {
        return available;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public LocalDateTime getApproveAt() {
        return approveAt;
    }

    public void setApproveAt(LocalDateTime approveAt) {
        this.approveAt = approveAt;
    }
}
