package org.koryu.editor;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.koryu.accounts.CurrentActor;
import org.koryu.content.ContentItem;
import org.koryu.content.ContentNotFoundException;
import org.koryu.content.ContentService;
import org.koryu.content.FieldPair;
import org.koryu.content.Revision;
import org.koryu.content.StaleRevisionException;
import org.koryu.content.ValidationException;
import org.koryu.workflow.AuditEntry;
import org.koryu.workflow.AuditLog;

/**
 * The history of one item: its revisions and audit, two revisions compared field by field, and
 * an old revision restored as a new one. A restore is based on the revision this page showed, so
 * that a save made meanwhile by someone else is never silently replaced (the API's If-Match).
 */
@Named
@ViewScoped
public class HistoryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Readings readings;

    @Inject
    ContentService contents;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor current;

    @Inject
    Messages messages;

    private Long id;
    private String title;
    private String type;
    private String state;
    private int currentRevision;
    private Integer liveRevision;
    private List<Revision> revisions = List.of();
    private List<AuditEntry> entries = List.of();
    private Integer from;
    private Integer to;
    private List<FieldPair> changes;

    public void load() {
        if (id == null) {
            return;
        }
        ContentItem item = contents.item(id);
        title = item.title();
        type = item.type();
        state = item.state();
        currentRevision = item.currentRevision();
        liveRevision = item.liveRevision();
        revisions = contents.revisions(id);
        entries = new ArrayList<>(audit.history(id));
        Collections.reverse(entries);
        if (from == null || to == null) {
            to = currentRevision;
            from = liveRevision != null && liveRevision != currentRevision ? liveRevision : Math.max(1, currentRevision - 1);
        }
    }

    public void compare() {
        try {
            changes = contents.sideBySide(id, from, to, readings).stream().filter(FieldPair::changed).toList();
        } catch (ContentNotFoundException e) {
            FieldMessages.error(FacesContext.getCurrentInstance(), messages.get("history.notFound"));
        }
    }

    public void restore(int number) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ContentItem saved = contents.restoreRevision(id, number, currentRevision, current.actor());
            FieldMessages.info(faces, messages.get("history.restored", number, saved.currentRevision()));
            from = number;
            to = saved.currentRevision();
            changes = null;
        } catch (StaleRevisionException e) {
            FieldMessages.error(faces, messages.get("history.stale", e.currentRevision()));
        } catch (ValidationException e) {
            FieldMessages.error(faces, messages.get("history.invalid", number));
            FieldMessages.show(faces, e.violations(), Map.of(), messages);
        }
        load();
    }

    /** A changed value as a person reads it: nothing as a dash. */
    public String shown(String value) {
        return value == null ? "—" : value;
    }

    public String restoreLabel(int number) {
        return messages.get("history.restoreRevision", number);
    }

    public String restoreQuestion(int number) {
        return messages.get("history.restore.confirm", number, currentRevision + 1);
    }

    public boolean isCurrent(int number) {
        return number == currentRevision;
    }

    public boolean isLive(int number) {
        return liveRevision != null && liveRevision == number;
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

    public String getType() {
        return type;
    }

    public String getState() {
        return state;
    }

    public int getCurrentRevision() {
        return currentRevision;
    }

    public List<Revision> getRevisions() {
        return revisions;
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public List<FieldPair> getChanges() {
        return changes;
    }
}
