package org.koryu.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.koryu.workflow.engine.WorkflowItem;

/**
 * One piece of content of any type. Its life: created as revision 1 in its workflow's initial
 * state; every save adds a revision and may move its state (a published item gets a draft beside
 * its live version); transitions move its state and may make the current revision live or take
 * the live version offline. The live revision and the current one differ while a new revision is
 * drafted or reviewed.
 */
@Entity
@Table(name = "content_item")
public class ContentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String type;

    @Column(nullable = false, updatable = false)
    private String slug;

    @Column(nullable = false)
    private String workflow;

    @Column(nullable = false)
    private String state;

    @Column(nullable = false)
    private String title;

    @Column(name = "current_revision", nullable = false)
    private int currentRevision;

    @Column(name = "live_revision")
    private Integer liveRevision;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    protected ContentItem() {
    }

    public ContentItem(String type, String slug, String workflow, String initialState, String title, String author,
                       Instant now) {
        this.type = type;
        this.slug = slug;
        this.workflow = workflow;
        this.state = initialState;
        this.title = title;
        this.currentRevision = 1;
        this.createdAt = now;
        this.createdBy = author;
        this.updatedAt = now;
        this.updatedBy = author;
    }

    /** Records a newly saved revision; answers its number. */
    int addRevision(String newTitle, String stateAfterSave, String author, Instant now) {
        currentRevision++;
        title = newTitle;
        state = stateAfterSave;
        touch(author, now);
        return currentRevision;
    }

    void moveTo(String newState, String actor, Instant now) {
        state = newState;
        touch(actor, now);
    }

    void publishCurrentRevision(Instant now) {
        liveRevision = currentRevision;
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    void unpublish() {
        liveRevision = null;
    }

    /** Lets an update claim the row so that two racing transitions cannot both pass. */
    void touch(String actor, Instant now) {
        updatedBy = actor;
        updatedAt = now;
    }

    public WorkflowItem workflowView(String revisionAuthor) {
        return new WorkflowItem(state, currentRevision, revisionAuthor, isLive());
    }

    public boolean isLive() {
        return liveRevision != null;
    }

    public ContentRef ref() {
        return new ContentRef(type, slug);
    }

    public Long id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String slug() {
        return slug;
    }

    public String workflow() {
        return workflow;
    }

    public String state() {
        return state;
    }

    public String title() {
        return title;
    }

    public int currentRevision() {
        return currentRevision;
    }

    public Integer liveRevision() {
        return liveRevision;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    /** When a version of this item first went live. */
    public Instant publishedAt() {
        return publishedAt;
    }

    public long version() {
        return version;
    }
}
