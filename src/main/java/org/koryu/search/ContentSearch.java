package org.koryu.search;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

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

    /** A page of rows and the number of rows all pages hold. */
    public record Page(List<ContentRow> rows, long total) {
    }

    public Page find(ContentQuery q) {
        List<Object> params = new ArrayList<>();
        String where = where(q, params);
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM content_item i" + where)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<ContentRow> rows = new ArrayList<>();
            String sql = "SELECT i.id, i.content_type, i.slug, i.title, i.state, i.current_revision, i.live_revision, "
                    + "i.first_day, i.updated_at, i.updated_by FROM content_item i" + where + " ORDER BY " + order(q)
                    + " OFFSET " + q.first() + " ROWS FETCH NEXT " + q.pageSize() + " ROWS ONLY";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
            }
            return new Page(rows, total);
        } catch (SQLException e) {
            throw new IllegalStateException("The " + q.type() + " list could not be read: " + e.getMessage(), e);
        }
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
        return sql.toString();
    }

    private static String order(ContentQuery q) {
        String direction = q.ascending() ? " ASC" : " DESC";
        String column = switch (q.sort()) {
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
