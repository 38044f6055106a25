package org.koryu.search;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.koryu.content.ContentItem;
import org.koryu.content.ContentService;
import org.koryu.content.ContentType;
import org.koryu.content.ContentTypes;
import org.koryu.content.LiveContent;
import org.koryu.content.LiveVersion;
import org.koryu.content.Publication;
import org.koryu.content.RevisionSaved;
import org.koryu.delivery.SearchText;

/**
 * Indexes the current revision of an item when it is saved. The days, filter values and text come
 * from the type's own publication index (rendered without related items: a draft may point at
 * items that are not live), so the editor lists and the delivery lists filter alike.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EditorialIndex {

    private static final Logger LOG = Logger.getLogger(EditorialIndex.class.getName());
    private static final LiveContent NOTHING_LIVE = new LiveContent() {
        @Override
        public <T> Optional<LiveVersion<T>> find(ContentType<T> type, String slug) {
            return Optional.empty();
        }
    };

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentTypes types;

    @Inject
    ContentService contents;

    void onSaved(@Observes RevisionSaved saved) {
        index(contents.item(saved.itemId()));
    }

    @SuppressWarnings("unchecked")
    void index(ContentItem item) {
        ContentType<Object> type = (ContentType<Object>) types.byName(item.type());
        Object content = contents.content(item, item.currentRevision());
        Publication p = type.publication(new LiveVersion<>(item.id(), item.type(), item.slug(), item.currentRevision(),
                item.publishedAt(), item.updatedAt(), content), NOTHING_LIVE);
        List<LocalDate> days = p.days().stream().distinct().sorted().toList();
        em.createNativeQuery("DELETE FROM editorial_day WHERE item_id = ?").setParameter(1, item.id()).executeUpdate();
        em.createNativeQuery("DELETE FROM editorial_facet WHERE item_id = ?").setParameter(1, item.id()).executeUpdate();
        String text = SearchText.normalize(item.title() + " " + item.slug() + " " + p.searchText());
        // CAST: a null parameter of a native query is sent untyped (as text), which PostgreSQL refuses for a DATE.
        em.createNativeQuery("UPDATE content_item SET first_day = CAST(? AS DATE), search_text = ? WHERE id = ?")
                .setParameter(1, days.isEmpty() ? null : Date.valueOf(days.get(0)))
                .setParameter(2, text.length() > 8000 ? text.substring(0, 8000) : text)
                .setParameter(3, item.id()).executeUpdate();
        for (LocalDate day : days) {
            em.createNativeQuery("INSERT INTO editorial_day (item_id, on_day) VALUES (?, ?)")
                    .setParameter(1, item.id()).setParameter(2, Date.valueOf(day)).executeUpdate();
        }
        for (Map.Entry<String, Set<String>> facet : p.facets().entrySet()) {
            for (String value : facet.getValue()) {
                em.createNativeQuery("INSERT INTO editorial_facet (item_id, facet, facet_value) VALUES (?, ?, ?)")
                        .setParameter(1, item.id()).setParameter(2, facet.getKey()).setParameter(3, value).executeUpdate();
            }
        }
    }

    /** Indexes items saved before the index existed (a data folder from an older version); runs at start. */
    @Transactional
    public void catchUp() {
        List<?> ids = em.createNativeQuery("SELECT id FROM content_item WHERE search_text IS NULL").getResultList();
        for (Object id : ids) {
            index(contents.item(((Number) id).longValue()));
        }
        if (!ids.isEmpty()) {
            LOG.info(() -> "Editorial index: " + ids.size() + " items indexed");
        }
    }
}
