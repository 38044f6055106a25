package org.koryu.editor;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import org.koryu.accounts.CurrentActor;
import org.koryu.content.ConflictException;
import org.koryu.content.ContentItem;
import org.koryu.content.ContentJson;
import org.koryu.content.ContentService;
import org.koryu.content.NewItems;
import org.koryu.content.ContentType;
import org.koryu.content.FieldPair;
import org.koryu.content.ReadableDiff;
import org.koryu.content.StaleRevisionException;
import org.koryu.content.TransitionService;
import org.koryu.content.ValidationException;
import org.koryu.workflow.engine.TransitionRequest;
import org.koryu.workflow.engine.WorkflowException;

/**
 * What the forms of the simpler types share: the item being edited and the revision the person's
 * text is based on (a hidden field, so two tabs on the same item each keep their own base), saving
 * a new revision and sending it for review. The services decide; a refused save leaves the
 * person's text in the form, with the domain's reasons beside the fields they concern.
 *
 * @param <C> the content record of the type the form edits
 */
public abstract class RevisionFormBean<C> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContentService contents;

    @Inject
    NewItems newItems;

    @Inject
    TransitionService transitions;

    @Inject
    CurrentActor current;

    @Inject
    Messages messages;

    @Inject
    Refusals refusals;

    @Inject
    Readings readings;

    private Long id;
    private int basedOn;
    private String state;
    private String slug;
    private int staleRevision;
    private List<FieldPair> staleChanges = List.of();
    private List<FieldPair> myText = List.of();

    /** The type this form edits. */
    protected abstract ContentType<C> type();

    /** The content as the form's fields now hold it. */
    protected abstract C content();

    /** Fills the form's fields from a revision. */
    protected abstract void show(C content);

    /** The domain's field paths (indexes as {@code []}) mapped to the ids of the components that show them. */
    protected abstract Map<String, String> fieldComponents();

    /** Where the form goes once its text is sent for review: the type's list. */
    protected String afterSubmit() {
        return "/" + type().collection() + "/";
    }

    /** Loads the item named by the view parameter {@code id}, or leaves the form empty for a new one. */
    public void load() throws IOException {
        if (id == null) {
            return;
        }
        ContentItem item = contents.item(id);
        if (!item.type().equals(type().name())) {
            // An id of another type in the address: there is no such item of this type.
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No " + type().name() + " " + id);
            faces.responseComplete();
            return;
        }
        remember(item);
        show(type().contentClass().cast(contents.content(item, item.currentRevision())));
    }

    /** Saves a new revision; the first save of a new item moves to the item's own address, so a reload keeps it. */
    public void save() throws IOException {
        boolean created = id == null;
        if (!store()) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        FieldMessages.info(faces, messages.get("revisionForm.saved", basedOn));
        if (created) {
            goTo(faces, "/" + type().collection() + "/edit?id=" + id);
        }
    }

    /** Saves, then sends the new revision for review and goes on to {@link #afterSubmit()}. */
    public void submit() throws IOException {
        if (!store()) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            transitions.fire(id, new TransitionRequest("submit", null, null, basedOn), current.actor());
            FieldMessages.info(faces, messages.get("revisionForm.submitted", type().title(content())));
            goTo(faces, afterSubmit());
        } catch (WorkflowException e) {
            FieldMessages.error(faces, messages.get("revisionForm.savedNotSubmitted", basedOn, refusals.text(e)));
        } catch (ConflictException e) {
            FieldMessages.error(faces, messages.get("revisionForm.savedNotSubmitted", basedOn, refusals.text(e)));
        }
    }

    private boolean store() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            C content = content();
            remember(id == null ? newItems.create(type(), null, content, current.actor())
                    : contents.save(id, basedOn, content, current.actor()));
            return true;
        } catch (ValidationException e) {
            FieldMessages.show(faces, e.violations(), fieldComponents(), messages);
        } catch (StaleRevisionException e) {
            staleRevision = e.currentRevision();
            staleChanges = contents.sideBySide(id, basedOn, staleRevision, readings).stream().filter(FieldPair::changed).toList();
            FieldMessages.error(faces, messages.get("revisionForm.stale", contents.revision(id, staleRevision).author(),
                    staleRevision));
        }
        return false;
    }

    /** After a stale save: the person has seen the other changes and saves their own text over them. */
    public void keepMine() throws IOException {
        basedOn = staleRevision;
        clearStale();
        save();
    }

    /** After a stale save: the newer revision fills the form; the person's own values stay listed beside it. */
    public void loadTheirs() throws IOException {
        C mine = content();
        load();
        C theirs = content();
        myText = ReadableDiff.changes(type().readable(theirs, readings), type().readable(mine, readings));
        clearStale();
        FieldMessages.info(FacesContext.getCurrentInstance(), messages.get("revisionForm.reloaded", basedOn));
    }

    private void clearStale() {
        staleRevision = 0;
        staleChanges = List.of();
    }

    private static void goTo(FacesContext faces, String path) throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + path);
    }

    private void remember(ContentItem item) {
        id = item.id();
        basedOn = item.currentRevision();
        state = item.state();
        slug = item.slug();
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

    public boolean isStale() {
        return staleRevision > 0;
    }

    public List<FieldPair> getStaleChanges() {
        return staleChanges;
    }

    /** The person's own values that differ from the reloaded revision, to copy back where they still apply. */
    public List<FieldPair> getMyText() {
        return myText;
    }
}
