package org.koryu.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.koryu.workflow.AuditLog;
import org.koryu.workflow.Schedules;
import org.koryu.workflow.ScheduledTransition;
import org.koryu.workflow.WorkflowRegistry;
import org.koryu.workflow.engine.Actor;
import org.koryu.workflow.engine.Effect;
import org.koryu.workflow.engine.Workflow;

/**
 * Saves content: creates items, adds revisions (refusing a save based on an outdated revision),
 * restores old revisions as new drafts, and reads revisions and their differences. Every save is
 * audited. Transitions are {@link TransitionService}'s.
 */
@ApplicationScoped
@Transactional
public class ContentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentTypes types;

    @Inject
    WorkflowRegistry workflows;

    @Inject
    AuditLog audit;

    @Inject
    Schedules schedules;

    @Inject
    Clock clock;

    @Inject
    Event<RevisionSaved> saved;

    public <C> ContentItem create(ContentType<C> type, String requestedSlug, C submitted, Actor actor) {
        C content = checked(type, submitted);
        String slug = requestedSlug == null || requestedSlug.isBlank() ? null : requestedSlug.strip();
        if (slug == null) {
            // Taken by someone else meanwhile, it is refused by the unique index, and NewItems tries again.
            slug = freeSlug(type, content);
        } else if (!Slugs.isValid(slug)) {
            throw ValidationException.of("slug", ContentCode.NOT_A_SLUG, slug, Slugs.MAX_LENGTH);
        } else if (slugTaken(type.name(), slug)) {
            throw ValidationException.of("slug", ContentCode.SLUG_TAKEN, type.name(), slug);
        }
        Workflow workflow = workflows.forType(type.name());
        Instant now = clock.instant();
        ContentItem item = new ContentItem(type.name(), slug, workflow.name(), workflow.initialState(), type.title(content),
                actor.name(), now);
        em.persist(item);
        em.flush();
        em.persist(new Revision(item.id(), 1, actor.name(), now, null, ContentJson.write(content)));
        audit.record(item.id(), now, actor.name(), "create", null, item.state(), 1, null);
        saved.fire(new RevisionSaved(item.id(), 1));
        return item;
    }

    /**
     * Saves a new revision. {@code basedOn} is the revision the person edited: if another was saved
     * since, nothing is written and {@link StaleRevisionException} says who saved.
     */
    public <C> ContentItem save(long id, int basedOn, C submitted, Actor actor) {
        ContentItem item = item(id);
        ContentType<C> type = typeOf(item, submitted);
        C content = checked(type, submitted);
        if (ItemLifecycle.repeatsLatest(item, basedOn, revision(id, item.currentRevision()).content(), ContentJson.write(content))) {
            return item;
        }
        em.lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return addRevision(item, basedOn, content, actor, null, "save");
    }

    /** Makes the content of an old revision the newest one, as a new revision; nothing is lost. */
    public ContentItem restoreRevision(long id, int number, int basedOn, Actor actor) {
        ContentItem item = lockedItem(id);
        @SuppressWarnings("unchecked")
        ContentType<Object> type = (ContentType<Object>) types.byName(item.type());
        Object content = checked(type, ContentJson.read(revision(id, number).content(), type.contentClass()));
        return addRevision(item, basedOn, content, actor, "restored from revision " + number, "restore-revision");
    }

    private ContentItem addRevision(ContentItem item, int basedOn, Object content, Actor actor, String note,
                                    String action) {
        @SuppressWarnings("unchecked")
        ContentType<Object> type = (ContentType<Object>) types.byName(item.type());
        Workflow workflow = workflows.named(item.workflow());
        Instant now = clock.instant();
        int number = new ItemLifecycle(workflow, auditTrail()).save(item, basedOn, type.title(content), actor.name(), now,
                action, note);
        em.persist(new Revision(item.id(), number, actor.name(), now, note, ContentJson.write(content)));
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Another save of the same revision number won the race: this one is stale.
            throw new StaleRevisionException(item.id(), basedOn, basedOn + 1, "someone else");
        }
        cancelPublicationsOf(item, number, actor, workflow, now);
        saved.fire(new RevisionSaved(item.id(), number));
        return item;
    }

    /** The audit as the item lifecycle writes it. */
    AuditTrail auditTrail() {
        return (item, at, actor, action, from, to, revision, comment) ->
                audit.record(item.id(), at, actor, action, from, to, revision, comment);
    }

    /** A scheduled publication approved an older revision; the newer one must be reviewed first. */
    private void cancelPublicationsOf(ContentItem item, int newRevision, Actor actor, Workflow workflow, Instant now) {
        for (ScheduledTransition s : schedules.pendingFor(item.id())) {
            boolean publishes = workflow.transition(s.transition()).map(t -> t.effect() == Effect.PUBLISH).orElse(true);
            if (publishes) {
                String why = "revision " + newRevision + " saved by " + actor.name() + " after revision " + s.revision()
                        + " was approved";
                s.complete(ScheduledTransition.Status.CANCELLED, why, now);
                audit.record(item.id(), now, actor.name(), "cancel-schedule", item.state(), item.state(), newRevision,
                        s.transition() + " at " + s.dueAt() + ": " + why);
            }
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContentItem item(long id) {
        ContentItem item = em.find(ContentItem.class, id);
        if (item == null) {
            throw new ContentNotFoundException("No content item " + id);
        }
        return item;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContentItem item(String type, String slug) {
        return em.createQuery("SELECT i FROM ContentItem i WHERE i.type = :type AND i.slug = :slug", ContentItem.class)
                .setParameter("type", type).setParameter("slug", slug)
                .getResultStream().findFirst()
                .orElseThrow(() -> new ContentNotFoundException("No " + type + " with the slug '" + slug + "'"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Revision revision(long itemId, int number) {
        return em.createQuery("SELECT r FROM Revision r WHERE r.itemId = :item AND r.number = :number", Revision.class)
                .setParameter("item", itemId).setParameter("number", number)
                .getResultStream().findFirst()
                .orElseThrow(() -> new ContentNotFoundException("Item " + itemId + " has no revision " + number));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Revision> revisions(long itemId) {
        item(itemId);
        return em.createQuery("SELECT r FROM Revision r WHERE r.itemId = :item ORDER BY r.number DESC", Revision.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    /** The content of one revision, as its type's record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Object content(ContentItem item, int number) {
        return ContentJson.read(revision(item.id(), number).content(), types.byName(item.type()).contentClass());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FieldChange> diff(long itemId, int from, int to) {
        return RevisionDiff.between(revision(itemId, from).content(), revision(itemId, to).content());
    }

    /**
     * Every field of two revisions side by side as a person reads them; {@code from} null compares
     * with nothing (a first publication).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FieldPair> sideBySide(long itemId, Integer from, int to, ReadableNames names) {
        ContentItem item = item(itemId);
        return ReadableDiff.sideBySide(from == null ? List.of() : readable(item.type(), content(item, from), names),
                readable(item.type(), content(item, to), names));
    }

    private List<ReadableField> readable(String type, Object content, ReadableNames names) {
        @SuppressWarnings("unchecked")
        ContentType<Object> contentType = (ContentType<Object>) types.byName(type);
        return contentType.readable(content, names);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(ContentRef ref) {
        return slugTaken(ref.type(), ref.slug());
    }

    private <C> C checked(ContentType<C> type, C submitted) {
        Objects.requireNonNull(submitted, "content");
        C content = type.clean(submitted);
        Violations violations = new Violations();
        type.validate(content, violations, this::exists);
        violations.throwIfAny();
        return content;
    }

    private String freeSlug(ContentType<?> type, Object content) {
        @SuppressWarnings("unchecked")
        String base = Slugs.fromText(((ContentType<Object>) type).slugBase(content));
        if (base.isEmpty()) {
            base = type.name();
        }
        String slug = base;
        for (int n = 2; slugTaken(type.name(), slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private boolean slugTaken(String type, String slug) {
        return em.createQuery("SELECT COUNT(i) FROM ContentItem i WHERE i.type = :type AND i.slug = :slug", Long.class)
                .setParameter("type", type).setParameter("slug", slug)
                .getSingleResult() > 0;
    }

    private ContentItem lockedItem(long id) {
        ContentItem item = item(id);
        em.lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return item;
    }

    @SuppressWarnings("unchecked")
    private <C> ContentType<C> typeOf(ContentItem item, C content) {
        ContentType<?> type = types.byName(item.type());
        if (!type.contentClass().isInstance(content)) {
            throw new IllegalArgumentException("Item " + item.id() + " is a " + item.type() + ", not a "
                    + content.getClass().getSimpleName());
        }
        return (ContentType<C>) type;
    }
}
