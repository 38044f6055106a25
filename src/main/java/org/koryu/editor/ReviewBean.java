package org.koryu.editor;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.koryu.accounts.CurrentActor;
import org.koryu.content.ConflictException;
import org.koryu.content.ContentItem;
import org.koryu.content.ContentService;
import org.koryu.content.FieldChange;
import org.koryu.content.TransitionService;
import org.koryu.workflow.engine.TransitionDefinition;
import org.koryu.workflow.engine.TransitionRequest;
import org.koryu.workflow.engine.WorkflowException;

/**
 * The review of one item: the submitted revision against the live one (or the previous one), and
 * the transitions the workflow offers this reviewer. The revision shown is the one approved.
 */
@Named
@ViewScoped
public class ReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ContentService contents;

    @Inject
    transient TransitionService transitions;

    @Inject
    transient CurrentActor current;

    @Inject
    transient Messages messages;

    private Long id;
    private String title;
    private String state;
    private int revision;
    private Integer liveRevision;
    private String author;
    private List<FieldChange> changes = List.of();
    private List<String> available = List.of();
    private String comment;

    public void load() {
        if (id == null) {
            return;
        }
        ContentItem item = contents.item(id);
        title = item.title();
        state = item.state();
        revision = item.currentRevision();
        liveRevision = item.liveRevision();
        author = contents.revision(id, revision).author();
        int base = liveRevision != null ? liveRevision : Math.max(1, revision - 1);
        changes = base == revision ? List.of() : contents.diff(id, base, revision);
        available = transitions.available(id, current.actor()).stream().map(TransitionDefinition::name).toList();
    }

    public void fire(String transition) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            transitions.fire(id, new TransitionRequest(transition, comment, null, revision), current.actor());
            faces.getExternalContext().getFlash().setKeepMessages(true);
            FieldMessages.info(faces, messages.get("review.done", messages.get("transition." + transition), title));
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/");
        } catch (WorkflowException | ConflictException e) {
            FieldMessages.error(faces, e.getMessage());
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

    public List<FieldChange> getChanges() {
        return changes;
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
}
