import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a stopped Koryu's embedded Derby database with N published events, fast: it copies one
 * event published through the API (slug bench-template, on 2030-01-15) row by row through the
 * product's own tables (content, revisions, references, editorial index, delivery read model and
 * sync feed), giving each copy its own id, slug and day of 2030, then raises the read-model version.
 *
 * Usage (Koryu stopped): java -cp derby.jar:derbytools.jar src/bench/BenchLoad.java DATA_DIR/db N
 */
public class BenchLoad {

    static final String TEMPLATE_DAY = "2030-01-15";

    public static void main(String[] args) throws Exception {
        String db = args[0];
        int count = Integer.parseInt(args[1]);
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + db)) {
            c.setAutoCommit(false);
            long template = single(c, "SELECT id FROM content_item WHERE content_type = 'event' AND slug = 'bench-template'");
            long firstId = single(c, "SELECT MAX(id) FROM content_item") + 1;
            long version = single(c, "SELECT version FROM delivery_state WHERE id = 1") + 1;
            Row item = row(c, "SELECT * FROM content_item WHERE id = ?", template);
            Row revision = row(c, "SELECT * FROM revision WHERE item_id = ? AND number = " + item.get("LIVE_REVISION"), template);
            Row delivery = row(c, "SELECT * FROM delivery_item WHERE item_id = ?", template);
            List<Row> references = rows(c, "SELECT * FROM live_reference WHERE item_id = ?", template);
            List<Row> facets = rows(c, "SELECT * FROM delivery_facet WHERE item_id = ?", template);
            List<Row> editorialFacets = rows(c, "SELECT * FROM editorial_facet WHERE item_id = ?", template);
            long start = System.nanoTime();
            try (Batch items = new Batch(c, "content_item", item.columns);
                 Batch revisions = new Batch(c, "revision", without(revision.columns, "ID"));
                 Batch refs = new Batch(c, "live_reference", List.of("ITEM_ID", "REF_TYPE", "REF_SLUG"));
                 Batch editorialDays = new Batch(c, "editorial_day", List.of("ITEM_ID", "ON_DAY"));
                 Batch editorialFacetRows = new Batch(c, "editorial_facet", List.of("ITEM_ID", "FACET", "FACET_VALUE"));
                 Batch deliveryItems = new Batch(c, "delivery_item", delivery.columns);
                 Batch days = new Batch(c, "delivery_day", List.of("ITEM_ID", "ON_DAY"));
                 Batch facetRows = new Batch(c, "delivery_facet", List.of("ITEM_ID", "FACET", "FACET_VALUE"));
                 Batch changes = new Batch(c, "delivery_change",
                         List.of("SEQ", "ITEM_ID", "CONTENT_TYPE", "SLUG", "CHANGE_KIND", "CHANGED_AT"))) {
                for (int i = 0; i < count; i++) {
                    long id = firstId + i;
                    String slug = "bench-%06d".formatted(i);
                    LocalDate day = LocalDate.of(2030, 1, 1).plusDays(i % 365);
                    java.sql.Date sqlDay = java.sql.Date.valueOf(day);
                    items.add(item.with("ID", id).with("SLUG", slug).with("FIRST_DAY", sqlDay)
                            .with("TITLE", "ベンチ物産展 " + i).values());
                    revisions.add(revision.with("ITEM_ID", id)
                            .with("CONTENT", retarget(revision.text("CONTENT"), template, id, day, slug)).valuesWithout("ID"));
                    for (Row r : references) {
                        refs.add(List.of(id, r.get("REF_TYPE"), r.get("REF_SLUG")));
                    }
                    editorialDays.add(List.of(id, sqlDay));
                    for (Row f : editorialFacets) {
                        editorialFacetRows.add(List.of(id, f.get("FACET"), f.get("FACET_VALUE")));
                    }
                    byte[] document = retarget(new String((byte[]) delivery.get("DOCUMENT"), "UTF-8"), template, id, day, slug)
                            .getBytes("UTF-8");
                    deliveryItems.add(delivery.with("ITEM_ID", id).with("SLUG", slug).with("FIRST_DAY", sqlDay)
                            .with("LAST_DAY", sqlDay).with("SORT_KEY", ((String) delivery.get("SORT_KEY")).replace(TEMPLATE_DAY, day.toString()))
                            .with("DOCUMENT", document).values());
                    days.add(List.of(id, sqlDay));
                    for (Row f : facets) {
                        facetRows.add(List.of(id, f.get("FACET"), f.get("FACET_VALUE")));
                    }
                    changes.add(List.of(version, id, "event", slug, "upsert", new Timestamp(System.currentTimeMillis())));
                    if (i % 5000 == 4999 || i == count - 1) {
                        // Parents before children, then one commit: references hold at every commit.
                        for (Batch b : List.of(items, revisions, refs, editorialDays, editorialFacetRows, deliveryItems, days,
                                facetRows, changes)) {
                            b.flush();
                        }
                        c.commit();
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE delivery_state SET version = " + version + ", changed_at = CURRENT_TIMESTAMP WHERE id = 1");
                long nextRevision = single(c, "SELECT MAX(id) FROM revision") + 1;
                s.executeUpdate("ALTER TABLE content_item ALTER COLUMN id RESTART WITH " + (firstId + count));
                s.executeUpdate("ALTER TABLE revision ALTER COLUMN id RESTART WITH " + nextRevision);
            }
            c.commit();
            System.out.printf("loaded %d published events in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (java.sql.SQLException expected) {
            // Derby reports a clean shutdown as an exception.
        }
    }

    static String retarget(String json, long template, long id, LocalDate day, String slug) {
        return json.replace("\"id\":" + template + ",", "\"id\":" + id + ",")
                .replace("bench-template", slug)
                .replace(TEMPLATE_DAY, day.toString());
    }

    static long single(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Row row(Connection c, String sql, long id) throws Exception {
        List<Row> all = rows(c, sql, id);
        if (all.size() != 1) {
            throw new IllegalStateException(sql + " gave " + all.size() + " rows");
        }
        return all.get(0);
    }

    static List<Row> rows(Connection c, String sql, long id) throws Exception {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    columns.add(rs.getMetaData().getColumnName(i));
                }
                while (rs.next()) {
                    List<Object> values = new ArrayList<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        Object v = rs.getObject(i);
                        if (v instanceof java.sql.Clob clob) {
                            v = clob.getSubString(1, (int) clob.length());
                        } else if (v instanceof java.sql.Blob blob) {
                            v = blob.getBytes(1, (int) blob.length());
                        }
                        values.add(v);
                    }
                    rows.add(new Row(columns, values));
                }
            }
        }
        return rows;
    }

    static List<String> without(List<String> columns, String name) {
        return columns.stream().filter(col -> !col.equals(name)).toList();
    }

    /** One row of a table: its column names and values. */
    record Row(List<String> columns, List<Object> values) {

        Object get(String column) {
            return values.get(columns.indexOf(column));
        }

        String text(String column) {
            return (String) get(column);
        }

        Row with(String column, Object value) {
            int at = columns.indexOf(column);
            if (at < 0) {
                return this;
            }
            List<Object> copy = new ArrayList<>(values);
            copy.set(at, value);
            return new Row(columns, copy);
        }

        List<Object> valuesWithout(String column) {
            List<Object> copy = new ArrayList<>(values);
            copy.remove(columns.indexOf(column));
            return copy;
        }
    }

    /** Batched inserts into one table; the caller flushes the tables in order and commits. */
    static final class Batch implements AutoCloseable {
        private final PreparedStatement insert;
        private int pending;

        Batch(Connection c, String table, List<String> columns) throws Exception {
            insert = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(x -> "?").toList()) + ")");
        }

        void add(List<Object> values) throws Exception {
            for (int i = 0; i < values.size(); i++) {
                insert.setObject(i + 1, values.get(i));
            }
            insert.addBatch();
            pending++;
        }

        void flush() throws Exception {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }

        /** Resources close in reverse order, children first: whatever is left is flushed by the caller before. */
        @Override
        public void close() throws Exception {
            insert.close();
        }
    }
}
