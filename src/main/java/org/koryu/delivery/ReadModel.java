package org.koryu.delivery;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.koryu.content.ContentItem;
import org.koryu.content.ContentService;
import org.koryu.content.LiveVersionChanged;
import org.koryu.content.Publication;

/**
 * Keeps the delivery read model in step with what is live, inside the transaction that changed
 * it. A published version is rendered once into its document and index rows; items that show
 * it (events showing a municipality) are rendered again, so they never show an outdated or
 * draft version of it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReadModel {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentService contents;

    @Inject
    DeliveryTransaction transaction;

    @Inject
    Publications publications;

    @Inject
    Clock clock;

    void onLiveVersionChanged(@Observes LiveVersionChanged change) {
        Instant now = clock.instant();
        long version = raiseVersion(now);
        if (change.live()) {
            write(contents.item(change.itemId()), version, now);
        } else {
            remove(change.itemId(), change.type(), change.slug(), version, now);
        }
        for (Long dependent : itemsShowing(change.type(), change.slug())) {
            if (dependent != change.itemId()) {
                write(contents.item(dependent), version, now);
            }
        }
    }

    private long raiseVersion(Instant now) {
        if (transaction.version() == null) {
            em.createNativeQuery("UPDATE delivery_state SET version = version + 1, changed_at = ? WHERE id = 1")
                    .setParameter(1, timestamp(now)).executeUpdate();
            Number v = (Number) em.createNativeQuery("SELECT version FROM delivery_state WHERE id = 1").getSingleResult();
            transaction.version(v.longValue());
        }
        return transaction.version();
    }

    private void write(ContentItem item, long version, Instant now) {
        if (!item.isLive() || !transaction.firstWrite(item.id())) {
            return;
        }
        Publication p = publications.render(item, item.liveRevision(), now);
        deleteRows(item.id());
        List<LocalDate> days = p.days().stream().distinct().sorted().toList();
        em.createNativeQuery("INSERT INTO delivery_item (item_id, content_type, slug, revision, sort_key, first_day, last_day, "
                        + "search_text, published_at, updated_at, document) "
                        // CAST: a null parameter of a native query is sent untyped (as text), which PostgreSQL refuses for a DATE.
                        + "VALUES (?, ?, ?, ?, ?, CAST(? AS DATE), CAST(? AS DATE), ?, ?, ?, ?)")
                .setParameter(1, item.id()).setParameter(2, item.type()).setParameter(3, item.slug())
                .setParameter(4, item.liveRevision()).setParameter(5, p.sortKey())
                .setParameter(6, days.isEmpty() ? null : Date.valueOf(days.get(0)))
                .setParameter(7, days.isEmpty() ? null : Date.valueOf(days.get(days.size() - 1)))
                .setParameter(8, truncate(SearchText.normalize(p.searchText()), 8000))
                .setParameter(9, timestamp(item.publishedAt())).setParameter(10, timestamp(now))
                .setParameter(11, DeliveryJson.bytes(p.document()))
                .executeUpdate();
        for (LocalDate day : days) {
            em.createNativeQuery("INSERT INTO delivery_day (item_id, on_day) VALUES (?, ?)")
                    .setParameter(1, item.id()).setParameter(2, Date.valueOf(day)).executeUpdate();
        }
        for (Map.Entry<String, Set<String>> facet : p.facets().entrySet()) {
            for (String value : facet.getValue()) {
                em.createNativeQuery("INSERT INTO delivery_facet (item_id, facet, facet_value) VALUES (?, ?, ?)")
                        .setParameter(1, item.id()).setParameter(2, facet.getKey()).setParameter(3, value).executeUpdate();
            }
        }
        recordChange(version, item.id(), item.type(), item.slug(), "upsert", now);
    }

    private void remove(long itemId, String type, String slug, long version, Instant now) {
        deleteRows(itemId);
        recordChange(version, itemId, type, slug, "delete", now);
    }

    private void deleteRows(long itemId) {
        for (String table : List.of("delivery_day", "delivery_facet", "delivery_item")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE item_id = ?").setParameter(1, itemId).executeUpdate();
        }
    }

    private void recordChange(long version, long itemId, String type, String slug, String kind, Instant now) {
        em.createNativeQuery("DELETE FROM delivery_change WHERE seq = ? AND item_id = ?")
                .setParameter(1, version).setParameter(2, itemId).executeUpdate();
        em.createNativeQuery("INSERT INTO delivery_change (seq, item_id, content_type, slug, change_kind, changed_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, version).setParameter(2, itemId).setParameter(3, type).setParameter(4, slug)
                .setParameter(5, kind).setParameter(6, timestamp(now)).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Long> itemsShowing(String type, String slug) {
        List<Object> ids = em.createNativeQuery("SELECT lr.item_id FROM live_reference lr JOIN content_item ci ON ci.id = lr.item_id "
                        + "WHERE lr.ref_type = ? AND lr.ref_slug = ? AND ci.live_revision IS NOT NULL")
                .setParameter(1, type).setParameter(2, slug).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).sorted(Comparator.naturalOrder()).toList();
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
