package org.koryu.search;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koryu.delivery.SearchText;
import org.koryu.platform.DataSourceDeclaration;

/**
 * The editor lists' queries over the editorial index, filtered, sorted and paged in the database
 * (a page and a count per request, whatever the number of items).
 */
@ApplicationScoped
public class ContentSearch {

    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    DataSource dataSource;

    /**
     * From this many matching items on ({@code koryu.search.ordered-scan-from}), a page is read along
     * the index of its order. Derby's optimizer does not weigh {@code FETCH NEXT}: for a broad filter
     * it would read and sort every match to return 25; for a narrow one, sorting the few matches is
     * cheaper than walking the index.
     */
    @Inject
    @ConfigProperty(name = "koryu.search.ordered-scan-from", defaultValue = "500")
    long orderedScanFrom;

    /** A page of rows and the number of rows all pages hold. */
    public record Page(List<ContentRow> rows, long total) {
    }

    public Page find(ContentQuery q) {
        long total = count(q);
        return new Page(rows(q, total), total);
    }

    /** How many items match the query's filters. */
    public long count(ContentQuery q) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM content_item i" + where(q, params);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failed(q, e);
        }
    }

    /**
     * The query's page, given how many items match ({@link #count}). A page in the second half of a
     * long list is read from its end, in the opposite order, so no page skips more than half the list.
     */
    public List<ContentRow> rows(ContentQuery q, long total) {
        PagePlan plan = PagePlan.of(q.first(), q.pageSize(), total);
        if (plan.take() == 0) {
            return List.of();
        }
        boolean ascending = q.ascending() != plan.reversed();
        List<Object> params = new ArrayList<>();
        String sql = "SELECT i.id, i.content_type, i.slug, i.title, i.state, i.current_revision, i.live_revision, "
                + "i.first_day, i.updated_at, i.updated_by FROM content_item i"
                + (total >= orderedScanFrom ? orderIndexHint(q.sort(), ascending) : "")
                + where(q, params) + " ORDER BY " + order(q.sort(), ascending)
                + " OFFSET " + plan.skip() + " ROWS FETCH NEXT " + plan.take() + " ROWS ONLY";
        List<ContentRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
        } catch (SQLException e) {
            throw failed(q, e);
        }
        if (plan.reversed()) {
            Collections.reverse(rows);
        }
        return rows;
    }

    private static IllegalStateException failed(ContentQuery q, SQLException e) {
        return new IllegalStateException("The " + q.type() + " list could not be read: " + e.getMessage(), e);
    }

    /** Which rows of the list, read in its order or in the opposite one, make the page. */
    record PagePlan(boolean reversed, long skip, long take) {

        static PagePlan of(long first, int pageSize, long total) {
            long take = Math.max(0, Math.min(pageSize, total - first));
            long fromEnd = total - first - take;
            return take > 0 && fromEnd < first ? new PagePlan(true, fromEnd, take) : new PagePlan(false, first, take);
        }
    }

    /**
     * Derby's optimizer override naming the index of this order (V9); an SQL comment, so other
     * databases, whose planners weigh the row limit themselves, pass over it.
     */
    static String orderIndexHint(ContentQuery.Sort sort, boolean ascending) {
        return " --DERBY-PROPERTIES index=CONTENT_ITEM_" + sort.name() + (ascending ? "_A" : "_D") + "\n";
    }

    private static String where(ContentQuery q, List<Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE i.content_type = ?");
        params.add(q.type());
        if (q.state() != null) {
            sql.append(" AND i.state = ?");
            params.add(q.state());
        }
        for (Map.Entry<String, String> facet : q.facets().entrySet()) {
            sql.append(" AND EXISTS (SELECT 1 FROM editorial_facet f WHERE f.item_id = i.id AND f.facet = ? AND f.facet_value = ?)");
            params.add(facet.getKey());
            params.add(facet.getValue());
        }
        if (q.from() != null || q.to() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM editorial_day d WHERE d.item_id = i.id");
            if (q.from() != null) {
                sql.append(" AND d.on_day >= ?");
                params.add(Date.valueOf(q.from()));
            }
            if (q.to() != null) {
                sql.append(" AND d.on_day <= ?");
                params.add(Date.valueOf(q.to()));
            }
            sql.append(')');
        }
        String text = SearchText.normalize(q.text());
        if (!text.isEmpty()) {
            sql.append(" AND i.search_text LIKE ? ESCAPE '!'");
            params.add("%" + text.replaceAll("([!%_])", "!$1") + "%");
        }
        String title = q.title() == null ? "" : q.title().strip().toLowerCase(Locale.ROOT);
        if (!title.isEmpty()) {
            sql.append(" AND LOWER(i.title) LIKE ? ESCAPE '!'");
            params.add("%" + title.replaceAll("([!%_])", "!$1") + "%");
        }
        return sql.toString();
    }

    private static String order(ContentQuery.Sort sort, boolean ascending) {
        String direction = ascending ? " ASC" : " DESC";
        String column = switch (sort) {
            case TITLE -> "i.title";
            case STATE -> "i.state";
            case FIRST_DAY -> "i.first_day";
            case UPDATED -> "i.updated_at";
        };
        return column + direction + ", i.id" + direction;
    }

    private static ContentRow row(ResultSet rs) throws SQLException {
        Date firstDay = rs.getDate(8);
        int live = rs.getInt(7);
        return new ContentRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.wasNull() ? null : live, firstDay == null ? null : firstDay.toLocalDate(),
                rs.getTimestamp(9).toLocalDateTime().toInstant(ZoneOffset.UTC), rs.getString(10));
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }
}
