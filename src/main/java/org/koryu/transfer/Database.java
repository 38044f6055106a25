package org.koryu.transfer;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The schema as the connected database names it: Derby keeps names in upper case, PostgreSQL in
 * lower case, and the archive in lower case whatever the source.
 */
final class Database {

    private final Connection connection;
    private final Map<String, String> tables = new HashMap<>();
    private final String quote;

    Database(Connection connection) throws SQLException {
        this.connection = connection;
        DatabaseMetaData meta = connection.getMetaData();
        quote = meta.getIdentifierQuoteString().trim();
        try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                tables.put(name.toLowerCase(Locale.ROOT), name);
            }
        }
    }

    boolean postgres() throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    /** The tables of the data: all but the migration history. The archive covers them or refuses. */
    void checkCovered() {
        List<String> unknown = new ArrayList<>();
        for (String table : new TreeSet<>(tables.keySet())) {
            if (!table.equals(ArchiveTables.MIGRATION_HISTORY)
                    && ArchiveTables.ALL.stream().noneMatch(t -> t.name().equals(table))) {
                unknown.add(table);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ArchiveException(ArchiveException.Reason.TABLE_NOT_COVERED, "The database holds tables the archive does not cover: "
                    + unknown + "; this Koryu cannot move all of its data");
        }
    }

    /** A table's name quoted as this database stores it. */
    String table(String name) {
        String actual = tables.get(name);
        if (actual == null) {
            throw new ArchiveException(ArchiveException.Reason.SCHEMA_MISMATCH, "The database has no table " + name
                    + ": start Koryu on it once (or run its migrations) before importing");
        }
        return quoted(actual);
    }

    String quoted(String identifier) {
        return quote + identifier + quote;
    }

    /** The primary key's columns, quoted, in key order: rows are written in this order, so the same data gives the same archive. */
    String keyOrder(String name) throws SQLException {
        Map<Short, String> columns = new java.util.TreeMap<>();
        try (ResultSet rs = connection.getMetaData().getPrimaryKeys(null, connection.getSchema(), tables.get(name))) {
            while (rs.next()) {
                columns.put(rs.getShort("KEY_SEQ"), quoted(rs.getString("COLUMN_NAME")));
            }
        }
        if (columns.isEmpty()) {
            throw new ArchiveException(ArchiveException.Reason.TABLE_NOT_COVERED, "Table " + name + " has no primary key to order its rows by");
        }
        return String.join(", ", columns.values());
    }

    /** The migrations applied to this database, by version: an archive goes only to a database with the same ones. */
    List<String> migrations() throws SQLException {
        String history = tables.get(ArchiveTables.MIGRATION_HISTORY);
        if (history == null) {
            return List.of();
        }
        TreeSet<String> versions = new TreeSet<>(java.util.Comparator.comparing(java.math.BigDecimal::new));
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + quoted(history))) {
            while (rs.next()) {
                String version = rs.getString("version");
                if (version != null && rs.getBoolean("success")) {
                    versions.add(version);
                }
            }
        }
        return List.copyOf(versions);
    }

    long count(String name, String where) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table(name) + (where == null ? "" : " WHERE " + where))) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
