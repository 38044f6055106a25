package org.koryu.delivery;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.koryu.content.ContentItem;
import org.koryu.content.ContentJson;
import org.koryu.content.ContentService;
import org.koryu.content.ContentType;
import org.koryu.content.ContentTypes;
import org.koryu.content.LiveContent;
import org.koryu.content.LiveVersion;
import org.koryu.content.Publication;

/**
 * Renders a revision of an item into its delivery document, as its type defines it. Items it shows
 * (an event's municipality and venue) appear in their published version, never a draft of them:
 * the read model renders live revisions with it, the preview the latest revision.
 */
@ApplicationScoped
public class Publications {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentTypes types;

    @Inject
    ContentService contents;

    @SuppressWarnings("unchecked")
    public Publication render(ContentItem item, int revision, Instant updatedAt) {
        ContentType<Object> type = (ContentType<Object>) types.byName(item.type());
        Object content = contents.content(item, revision);
        return type.publication(new LiveVersion<>(item.id(), item.type(), item.slug(), revision,
                item.publishedAt(), updatedAt, content), live());
    }

    /** The live versions of other items, read from their live revisions: never a draft. */
    private LiveContent live() {
        return new LiveContent() {
            @Override
            public <T> Optional<LiveVersion<T>> find(ContentType<T> type, String slug) {
                return em.createQuery("SELECT i FROM ContentItem i WHERE i.type = :type AND i.slug = :slug "
                                + "AND i.liveRevision IS NOT NULL", ContentItem.class)
                        .setParameter("type", type.name()).setParameter("slug", slug)
                        .getResultStream().findFirst()
                        .map(i -> new LiveVersion<>(i.id(), i.type(), i.slug(), i.liveRevision(), i.publishedAt(),
                                i.updatedAt(), ContentJson.read(contents.revision(i.id(), i.liveRevision()).content(),
                                        type.contentClass())));
            }
        };
    }
}
