package org.koryu.delivery;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.koryu.content.ListFilter;
import org.koryu.platform.DataSourceDeclaration;

/**
 * Reads the delivery read model with plain JDBC: pages of stored documents in a stable order
 * (sort key, then id), single documents by slug, the read model's version, and the sync feed.
 */
@ApplicationScoped
public class DeliveryQueries {

    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    DataSource dataSource;

    /** A stored document and when it last changed. */
    public record Document(long id, String type, String slug, byte[] json, Instant updatedAt) {
    }

    public record Page(List<Document> items, Cursor next) {
    }

    /** The read model's version and when it last changed: every cached answer is valid for one version. */
    public record State(long version, Instant changedAt) {
    }

    public record Deleted(String type, long id, String slug) {
    }

    public record SyncBatch(List<Document> items, List<Deleted> deleted, SyncToken next, boolean hasMore) {
    }

    public Page list(String type, ListFilter filter, int limit, Cursor after) {
        StringBuilder sql = new StringBuilder("SELECT di.item_id, di.content_type, di.slug, di.document, di.updated_at, di.sort_key "
                + "FROM delivery_item di WHERE di.content_type = ?");
        List<Object> params = new ArrayList<>(List.of(type));
        if (filter.from() != null && filter.to() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM delivery_day d WHERE d.item_id = di.item_id AND d.on_day BETWEEN ? AND ?)");
            params.add(Date.valueOf(filter.from()));
            params.add(Date.valueOf(filter.to()));
        } else if (filter.from() != null) {
            sql.append(" AND di.last_day >= ?");
            params.add(Date.valueOf(filter.from()));
        } else if (filter.to() != null) {
            sql.append(" AND di.first_day <= ?");
            params.add(Date.valueOf(filter.to()));
        }
        for (Map.Entry<String, String> facet : filter.facets().entrySet()) {
            sql.append(" AND EXISTS (SELECT 1 FROM delivery_facet f WHERE f.item_id = di.item_id AND f.facet = ? AND f.facet_value = ?)");
            params.add(facet.getKey());
            params.add(facet.getValue());
        }
        if (filter.text() != null && !SearchText.normalize(filter.text()).isEmpty()) {
            sql.append(" AND di.search_text LIKE ? ESCAPE '!'");
            params.add("%" + SearchText.normalize(filter.text()).replaceAll("([!%_])", "!$1") + "%");
        }
        if (after != null) {
            sql.append(" AND (di.sort_key > ? OR (di.sort_key = ? AND di.item_id > ?))");
            params.add(after.sortKey());
            params.add(after.sortKey());
            params.add(after.id());
        }
        sql.append(" ORDER BY di.sort_key, di.item_id");
        List<Document> items = new ArrayList<>();
        String lastKey = null;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            bind(ps, params);
            ps.setMaxRows(limit + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (items.size() == limit) {
                        Document last = items.get(items.size() - 1);
                        return new Page(items, new Cursor(lastKey, last.id()));
                    }
                    items.add(document(rs));
                    lastKey = rs.getString(6);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the " + type + " list failed: " + e.getMessage(), e);
        }
        return new Page(items, null);
    }

    public Optional<Document> item(String type, String slug) {
        String sql = "SELECT item_id, content_type, slug, document, updated_at FROM delivery_item WHERE content_type = ? AND slug = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, List.of(type, slug));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(document(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading " + type + " " + slug + " failed: " + e.getMessage(), e);
        }
    }

    public State state() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT version, changed_at FROM delivery_state WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new State(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime().toInstant(ZoneOffset.UTC));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the delivery state failed: " + e.getMessage(), e);
        }
    }

    /**
     * Items changed after {@code token}, oldest change first, each once with its current document
     * (or as deleted). On the first call (the start token) removals are left out: there is nothing to remove yet.
     */
    public SyncBatch changesSince(SyncToken token, int limit) {
        String sql = "SELECT item_id, MAX(seq) AS s FROM delivery_change WHERE seq >= ? GROUP BY item_id "
                + "HAVING MAX(seq) > ? OR item_id > ? ORDER BY s, item_id";
        Map<Long, Long> changed = new LinkedHashMap<>();
        boolean hasMore = false;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, List.of(token.seq(), token.seq(), token.itemId()));
                ps.setMaxRows(limit + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (changed.size() == limit) {
                            hasMore = true;
                            break;
                        }
                        changed.put(rs.getLong(1), rs.getLong(2));
                    }
                }
            }
            List<Document> items = new ArrayList<>();
            List<Deleted> deleted = new ArrayList<>();
            for (Map.Entry<Long, Long> entry : changed.entrySet()) {
                Optional<Document> doc = documentById(c, entry.getKey());
                if (doc.isPresent()) {
                    items.add(doc.get());
                } else if (!token.isStart()) {
                    deleted.add(lastKnown(c, entry.getKey(), entry.getValue()));
                }
            }
            SyncToken next = changed.isEmpty() ? token : lastOf(changed, hasMore);
            return new SyncBatch(items, deleted, next, hasMore);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the sync feed failed: " + e.getMessage(), e);
        }
    }

    private static SyncToken lastOf(Map<Long, Long> changed, boolean hasMore) {
        Map.Entry<Long, Long> last = null;
        for (Map.Entry<Long, Long> e : changed.entrySet()) {
            last = e;
        }
        // A finished feed hands out a token past every item of its last version.
        return hasMore ? new SyncToken(last.getValue(), last.getKey()) : new SyncToken(last.getValue(), Long.MAX_VALUE);
    }

    private Optional<Document> documentById(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT item_id, content_type, slug, document, updated_at FROM delivery_item WHERE item_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(document(rs)) : Optional.empty();
            }
        }
    }

    private Deleted lastKnown(Connection c, long id, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT content_type, slug FROM delivery_change WHERE item_id = ? AND seq = ?")) {
            ps.setLong(1, id);
            ps.setLong(2, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Deleted(rs.getString(1), id, rs.getString(2));
            }
        }
    }

    private static Document document(ResultSet rs) throws SQLException {
        return new Document(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4),
                rs.getTimestamp(5).toLocalDateTime().toInstant(ZoneOffset.UTC));
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }
}
