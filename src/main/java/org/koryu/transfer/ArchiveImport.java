package org.koryu.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;

/**
 * Takes an archive into an empty database in one transaction: first the whole archive is checked
 * (format version, every entry's checksum, the schema's migrations), then every row is inserted as
 * it was, id generators are moved past the imported ids, and the media files are written. Any
 * failure rolls all of it back and removes the files written.
 */
final class ArchiveImport {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final int BATCH = 500;

    private final Connection connection;
    private final Path mediaFolder;

    ArchiveImport(Connection connection, Path mediaFolder) {
        this.connection = connection;
        this.mediaFolder = mediaFolder;
    }

    Manifest importFrom(Path archive) throws SQLException, IOException {
        try (ZipFile zip = open(archive)) {
            Manifest manifest = verified(zip);
            Database db = new Database(connection);
            if (!manifest.schema().equals(db.migrations())) {
                throw new ArchiveException(ArchiveException.Reason.SCHEMA_MISMATCH, "The archive comes from a schema with migrations "
                        + manifest.schema() + ", this database has " + db.migrations()
                        + ": import with the Koryu version that exported it (it upgrades the schema after the import)");
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            List<Path> written = new ArrayList<>();
            try {
                requireEmpty(db);
                for (String table : ArchiveTables.FILLED_AT_START) {
                    try (Statement s = connection.createStatement()) {
                        s.executeUpdate("DELETE FROM " + db.table(table));
                    }
                }
                Map<String, Manifest.Entry> tables = new LinkedHashMap<>();
                manifest.tables().forEach(t -> tables.put(t.name(), t));
                for (ArchiveTables.Table table : ArchiveTables.ALL) {
                    Manifest.Entry entry = tables.get(table.name());
                    if (entry == null) {
                        throw new ArchiveException(ArchiveException.Reason.UNREADABLE, "The archive has no rows for table " + table.name());
                    }
                    insertRows(db, table, zip, entry);
                }
                for (Manifest.Entry media : manifest.media()) {
                    written.add(writeMedia(zip, media));
                }
                connection.commit();
                return manifest;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                for (Path file : written) {
                    Files.deleteIfExists(file);
                }
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static ZipFile open(Path archive) {
        try {
            return new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new ArchiveException(ArchiveException.Reason.UNREADABLE, "The archive is not a zip file: " + e.getMessage());
        } catch (IOException e) {
            throw new ArchiveException(ArchiveException.Reason.UNREADABLE, "The archive cannot be read: " + e.getMessage());
        }
    }

    /** The manifest, once every entry it lists matches its checksum and the archive holds nothing else. */
    static Manifest verified(ZipFile zip) throws IOException {
        ZipEntry manifestEntry = zip.getEntry(Manifest.ENTRY);
        if (manifestEntry == null) {
            throw new ArchiveException(ArchiveException.Reason.UNREADABLE,
                    "The archive has no manifest.json (it is not a Koryu archive, or its writing was cut short)");
        }
        Manifest manifest;
        try (InputStream in = zip.getInputStream(manifestEntry)) {
            manifest = Manifest.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Set<String> listed = new HashSet<>(Set.of(Manifest.ENTRY));
        List<Manifest.Entry> entries = new ArrayList<>(manifest.tables());
        entries.addAll(manifest.media());
        for (Manifest.Entry media : manifest.media()) {
            if (!media.name().matches("[0-9]{1,18}") || !media.path().equals(Manifest.mediaPath(Long.parseLong(media.name())))) {
                throw new ArchiveException(ArchiveException.Reason.UNREADABLE, "The manifest lists a media file " + media.path()
                        + " that is not named for a media id");
            }
        }
        for (Manifest.Entry entry : entries) {
            listed.add(entry.path());
            ZipEntry zipEntry = zip.getEntry(entry.path());
            if (zipEntry == null) {
                throw new ArchiveException(ArchiveException.Reason.CHECKSUM_MISMATCH, "The archive lacks " + entry.path() + ", which its manifest lists");
            }
            MessageDigest digest = ArchiveExport.sha256();
            try (InputStream in = new DigestInputStream(zip.getInputStream(zipEntry), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (ZipException e) {
                throw new ArchiveException(ArchiveException.Reason.CHECKSUM_MISMATCH, entry.path() + " is damaged: " + e.getMessage());
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(entry.sha256())) {
                throw new ArchiveException(ArchiveException.Reason.CHECKSUM_MISMATCH, entry.path()
                        + " does not match its SHA-256 in the manifest: the archive was changed or damaged");
            }
        }
        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
            if (!listed.contains(entry.getName())) {
                throw new ArchiveException(ArchiveException.Reason.CHECKSUM_MISMATCH, "The archive holds " + entry.getName()
                        + ", which its manifest does not list");
            }
        }
        return manifest;
    }

    private void requireEmpty(Database db) throws SQLException {
        List<String> filled = new ArrayList<>();
        for (ArchiveTables.Table table : ArchiveTables.ALL) {
            String name = table.name();
            if (name.equals("account")) {
                continue;
            }
            if (db.count(name, name.equals("delivery_state") ? "version <> 0" : null) > 0) {
                filled.add(name);
            }
        }
        if (!filled.isEmpty()) {
            throw new ArchiveException(ArchiveException.Reason.DATABASE_NOT_EMPTY, "An archive is imported only into an empty Koryu; "
                    + "this one holds data in " + filled + ". Start Koryu on a new database without demo content (KORYU_DEMO=false) and import there");
        }
    }

    private void insertRows(Database db, ArchiveTables.Table table, ZipFile zip, Manifest.Entry entry) throws SQLException, IOException {
        List<String> columns = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + db.table(table.name()) + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                columns.add(meta.getColumnName(c));
                types.add(meta.getColumnType(c));
            }
        }
        String sql = "INSERT INTO " + db.table(table.name()) + " (" + String.join(", ", columns.stream().map(db::quoted).toList())
                + ") VALUES (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        long rows = 0;
        long maxId = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql);
             BufferedReader lines = new BufferedReader(new InputStreamReader(zip.getInputStream(zip.getEntry(entry.path())), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                rows++;
                JsonObject row = row(table.name(), rows, line, columns);
                for (int c = 0; c < columns.size(); c++) {
                    String column = columns.get(c).toLowerCase(Locale.ROOT);
                    try {
                        ColumnValues.bind(insert, c + 1, types.get(c), row.get(column));
                    } catch (IllegalArgumentException e) {
                        throw invalid(table.name(), rows, column + ": " + e.getMessage());
                    }
                }
                if (table.generatedId()) {
                    maxId = Math.max(maxId, row.getJsonNumber("id").longValue());
                }
                insert.addBatch();
                if (rows % BATCH == 0) {
                    execute(insert, table.name());
                }
            }
            execute(insert, table.name());
        }
        if (rows != entry.count()) {
            throw invalid(table.name(), rows, "the manifest says " + entry.count() + " rows, the file holds " + rows);
        }
        if (maxId > 0) {
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("ALTER TABLE " + db.table(table.name()) + " ALTER COLUMN "
                        + db.quoted(columns.stream().filter("id"::equalsIgnoreCase).findFirst().orElseThrow())
                        + " RESTART WITH " + (maxId + 1));
            }
        }
    }

    private static JsonObject row(String table, long number, String line, List<String> columns) {
        JsonObject row;
        try {
            row = JSON.createReader(new StringReader(line)).readObject();
        } catch (JsonException e) {
            throw invalid(table, number, "not a JSON object: " + e.getMessage());
        }
        Set<String> expected = new HashSet<>(columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());
        if (!row.keySet().equals(expected)) {
            throw new ArchiveException(ArchiveException.Reason.SCHEMA_MISMATCH, "Table " + table + " row " + number + " has the columns "
                    + row.keySet() + ", this database " + expected);
        }
        return row;
    }

    private static void execute(PreparedStatement insert, String table) {
        try {
            insert.executeBatch();
        } catch (SQLException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            throw new ArchiveException(ArchiveException.Reason.INVALID_ROW, "The database refused rows of table " + table + ": "
                    + cause.getMessage(), e);
        }
    }

    private static ArchiveException invalid(String table, long row, String what) {
        return new ArchiveException(ArchiveException.Reason.INVALID_ROW, "Table " + table + " row " + row + ": " + what);
    }

    private Path writeMedia(ZipFile zip, Manifest.Entry media) throws IOException {
        Path target = mediaFolder.resolve(String.valueOf(Long.parseLong(media.name())));
        Path part = target.resolveSibling(media.name() + ".part");
        Files.createDirectories(mediaFolder);
        try (InputStream in = zip.getInputStream(zip.getEntry(media.path()))) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }
}
