package org.koryu.transfer;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/**
 * Writes every table and every media file into one zip, read in one transaction so that the
 * archive is a consistent moment of a running Koryu: a JSON-lines file per table (rows in key
 * order), the media files, and last the manifest with each entry's checksum.
 */
final class ArchiveExport {

    private static final JsonProvider JSON = JsonProvider.provider();

    private final Connection connection;
    private final Path mediaFolder;

    ArchiveExport(Connection connection, Path mediaFolder) {
        this.connection = connection;
        this.mediaFolder = mediaFolder;
    }

    Manifest writeTo(OutputStream out, Instant now) throws SQLException, IOException {
        Database db = new Database(connection);
        db.checkCovered();
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        // PostgreSQL's repeatable read is a snapshot; Derby needs serializable to keep rows from appearing meanwhile.
        connection.setTransactionIsolation(db.postgres() ? Connection.TRANSACTION_REPEATABLE_READ : Connection.TRANSACTION_SERIALIZABLE);
        connection.setAutoCommit(false);
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            List<Manifest.Entry> tables = new ArrayList<>();
            List<Long> mediaIds = new ArrayList<>();
            for (ArchiveTables.Table table : ArchiveTables.ALL) {
                tables.add(writeTable(db, table.name(), zip, table.name().equals(ArchiveTables.MEDIA) ? mediaIds : null));
            }
            List<Manifest.Entry> media = new ArrayList<>();
            for (long id : mediaIds) {
                media.add(writeMedia(id, zip));
            }
            Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, now, db.migrations(), tables, media);
            zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
            zip.write(manifest.json().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            connection.commit();
            return manifest;
        } finally {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.setAutoCommit(autoCommit);
            connection.setTransactionIsolation(isolation);
        }
    }

    private Manifest.Entry writeTable(Database db, String name, ZipOutputStream zip, List<Long> mediaIds) throws SQLException, IOException {
        String path = Manifest.tablePath(name);
        zip.putNextEntry(new ZipEntry(path));
        MessageDigest digest = sha256();
        long rows = 0;
        Writer writer = new BufferedWriter(new OutputStreamWriter(new DigestOutputStream(unclosable(zip), digest), StandardCharsets.UTF_8));
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + db.table(name) + " ORDER BY " + db.keyOrder(name))) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                JsonObjectBuilder row = JSON.createObjectBuilder();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    JsonValue value = ColumnValues.read(rs, c, meta.getColumnType(c));
                    row.add(meta.getColumnName(c).toLowerCase(Locale.ROOT), value);
                }
                if (mediaIds != null) {
                    mediaIds.add(rs.getLong("id"));
                }
                writer.write(row.build().toString());
                writer.write('\n');
                rows++;
            }
        }
        writer.flush();
        zip.closeEntry();
        return new Manifest.Entry(name, path, rows, HexFormat.of().formatHex(digest.digest()));
    }

    private Manifest.Entry writeMedia(long id, ZipOutputStream zip) throws IOException {
        Path file = mediaFolder.resolve(String.valueOf(id));
        if (!Files.isRegularFile(file)) {
            throw new ArchiveException(ArchiveException.Reason.MEDIA_FILE_MISSING, "Media " + id + " has no file " + file
                    + "; restore the data folder's media/ before exporting");
        }
        String path = Manifest.mediaPath(id);
        zip.putNextEntry(new ZipEntry(path));
        MessageDigest digest = sha256();
        long bytes;
        try (DigestOutputStream entry = new DigestOutputStream(unclosable(zip), digest)) {
            bytes = Files.copy(file, entry);
        }
        zip.closeEntry();
        return new Manifest.Entry(String.valueOf(id), path, bytes, HexFormat.of().formatHex(digest.digest()));
    }

    /** An entry's stream: closing it must not close the zip. */
    private static OutputStream unclosable(OutputStream zip) {
        return new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
