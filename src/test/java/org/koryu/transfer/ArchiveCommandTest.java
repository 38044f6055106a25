package org.koryu.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.koryu.platform.DatabaseMigrations;

/**
 * The archive command on real embedded Derby databases: an archive goes in whole or not at all, a
 * damaged or foreign one is refused with its code before anything is written, and a full database
 * is never touched. (The round trip of a populated Koryu is {@code ArchiveRoundTripIT}.)
 */
class ArchiveCommandTest {

    private static final String ACCOUNT = "{\"id\":7,\"username\":\"kiroku\",\"display_name\":\"記録 係\",\"password_hash\":\"pbkdf2$x\","
            + "\"roles\":\"editor\",\"enabled\":true,\"created_at\":\"2024-05-01T09:30:00.123456\",\"version\":3}\n";
    private static final String MEDIA = "{\"id\":12,\"file_name\":\"a.png\",\"original_name\":null,\"media_type\":\"image/png\","
            + "\"size_bytes\":3,\"sha256\":\"x\",\"created_at\":\"2024-05-01T09:30:00\",\"created_by\":\"kiroku\"}\n";

    private Path dir;
    private String err;

    @BeforeEach
    void folder(TestInfo test) throws IOException {
        dir = Path.of("target", "archive-test", test.getTestMethod().orElseThrow().getName()).toAbsolutePath();
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
    }

    @Test
    void rowsAndMediaComeBackAsTheyWereAndIdsContinueAfterThem() throws Exception {
        Map<String, byte[]> entries = emptyArchive();
        entries.put("tables/account.jsonl", ACCOUNT.getBytes(StandardCharsets.UTF_8));
        entries.put("tables/media.jsonl", MEDIA.getBytes(StandardCharsets.UTF_8));
        entries.put("media/12", new byte[] {1, 2, 3});
        Path archive = write("in.zip", entries);

        assertThat(command("import", archive, "target")).as(err).isZero();
        assertThat(Files.readAllBytes(dir.resolve("target/media/12"))).containsExactly(1, 2, 3);
        assertThat(command("export", dir.resolve("out.zip"), "target")).as(err).isZero();
        Map<String, byte[]> out = read(dir.resolve("out.zip"));
        assertThat(new String(out.get("tables/account.jsonl"), StandardCharsets.UTF_8)).isEqualTo(ACCOUNT);
        assertThat(new String(out.get("tables/media.jsonl"), StandardCharsets.UTF_8)).isEqualTo(MEDIA);
        assertThat(out.get("media/12")).containsExactly(1, 2, 3);

        try (Connection c = derby("target"); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO account (username, display_name, roles, enabled, created_at, version) "
                    + "VALUES ('next', 'n', 'editor', true, CURRENT_TIMESTAMP, 0)");
            try (ResultSet rs = s.executeQuery("SELECT id FROM account WHERE username = 'next'")) {
                rs.next();
                assertThat(rs.getLong(1)).as("the generator continues after the imported id 7").isEqualTo(8);
            }
        } finally {
            shutdown("target");
        }
    }

    @Test
    void aBadRowLateInTheArchiveLeavesNothingBehind() throws Exception {
        Map<String, byte[]> entries = emptyArchive();
        entries.put("tables/account.jsonl", ACCOUNT.getBytes(StandardCharsets.UTF_8));
        entries.put("tables/media.jsonl", MEDIA.getBytes(StandardCharsets.UTF_8));
        entries.put("media/12", new byte[] {1, 2, 3});
        entries.put("tables/preview_token.jsonl", ("{\"id\":1,\"token_hash\":\"h\",\"token_prefix\":\"p\",\"note\":\"n\",\"issued_by\":\"a\","
                + "\"created_at\":\"yesterday\",\"expires_at\":\"2024-05-01T09:30:00\",\"revoked_at\":null}\n").getBytes(StandardCharsets.UTF_8));

        assertThat(command("import", write("in.zip", entries), "target")).isEqualTo(1);
        assertThat(err).startsWith("archive-row-invalid: Table preview_token row 1: created_at: expected a timestamp");
        assertThat(rows("target", "account")).as("the accounts inserted before were rolled back").isZero();
        assertThat(dir.resolve("target/media/12")).doesNotExist();
    }

    @Test
    void aDamagedArchiveIsRefusedBeforeAnythingIsWritten() throws Exception {
        Map<String, byte[]> entries = emptyArchive();
        Path archive = write("in.zip", entries);
        Map<String, byte[]> changed = read(archive);
        changed.put("tables/account.jsonl", ACCOUNT.getBytes(StandardCharsets.UTF_8));
        Path damaged = dir.resolve("damaged.zip");
        zip(damaged, changed);

        assertThat(command("import", damaged, "target")).isEqualTo(1);
        assertThat(err).startsWith("archive-checksum-mismatch: tables/account.jsonl does not match its SHA-256");
        assertThat(rows("target", "account")).isZero();
    }

    @Test
    void anotherFormatVersionOrNoManifestIsRefused() throws Exception {
        Map<String, byte[]> entries = emptyArchive();
        Path archive = write("in.zip", entries);
        Map<String, byte[]> raw = read(archive);
        raw.put("manifest.json", new String(raw.get("manifest.json"), StandardCharsets.UTF_8)
                .replace("\"formatVersion\":1", "\"formatVersion\":2").getBytes(StandardCharsets.UTF_8));
        zip(dir.resolve("v2.zip"), raw);
        assertThat(command("import", dir.resolve("v2.zip"), "target")).isEqualTo(1);
        assertThat(err).startsWith("archive-version-unsupported: The archive has format version 2");

        raw.remove("manifest.json");
        zip(dir.resolve("cut.zip"), raw);
        assertThat(command("import", dir.resolve("cut.zip"), "target")).isEqualTo(1);
        assertThat(err).startsWith("archive-unreadable: The archive has no manifest.json");
    }

    @Test
    void aDatabaseWithContentIsNeverImportedInto() throws Exception {
        Map<String, byte[]> entries = emptyArchive();
        entries.put("tables/account.jsonl", ACCOUNT.getBytes(StandardCharsets.UTF_8));
        entries.put("tables/media.jsonl", MEDIA.getBytes(StandardCharsets.UTF_8));
        entries.put("media/12", new byte[] {1, 2, 3});
        Path archive = write("in.zip", entries);
        assertThat(command("import", archive, "target")).as(err).isZero();

        assertThat(command("import", archive, "target")).isEqualTo(1);
        assertThat(err).startsWith("database-not-empty: An archive is imported only into an empty Koryu; this one holds data in [media]");
        assertThat(rows("target", "account")).isEqualTo(1);
    }

    /** The archive of a new, empty database: every table, no rows but the read model's version. */
    private Map<String, byte[]> emptyArchive() throws IOException {
        DatabaseMigrations.migrate("jdbc:derby:" + dir.resolve("source/db") + ";create=true", null, null);
        shutdown("source");
        assertThat(command("export", dir.resolve("empty.zip"), "source")).as(err).isZero();
        Map<String, byte[]> entries = read(dir.resolve("empty.zip"));
        entries.remove("manifest.json");
        return entries;
    }

    /** An archive of these files with a manifest that lists each with its checksum. */
    private Path write(String name, Map<String, byte[]> files) throws IOException {
        Map<String, byte[]> manifestFrom = read(dir.resolve("empty.zip"));
        String manifest = new String(manifestFrom.get("manifest.json"), StandardCharsets.UTF_8);
        Manifest m = Manifest.parse(manifest);
        java.util.List<Manifest.Entry> tables = m.tables().stream().map(t -> new Manifest.Entry(t.name(), t.path(),
                lines(files.get(t.path())), sha256(files.get(t.path())))).toList();
        java.util.List<Manifest.Entry> media = files.keySet().stream().filter(p -> p.startsWith("media/"))
                .map(p -> new Manifest.Entry(p.substring(6), p, files.get(p).length, sha256(files.get(p)))).toList();
        Map<String, byte[]> all = new LinkedHashMap<>(files);
        all.put("manifest.json", new Manifest(1, m.createdAt(), m.schema(), tables, media).json().getBytes(StandardCharsets.UTF_8));
        Path archive = dir.resolve(name);
        zip(archive, all);
        return archive;
    }

    private int command(String action, Path archive, String data) {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = ArchiveCommand.run(new String[] {action, archive.toString()}, Map.of("KORYU_DATA_DIR", dir.resolve(data).toString()),
                System.out, new PrintStream(errors, true, StandardCharsets.UTF_8));
        err = errors.toString(StandardCharsets.UTF_8);
        return status;
    }

    private long rows(String data, String table) throws SQLException {
        try (Connection c = derby(data); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } finally {
            shutdown(data);
        }
    }

    private Connection derby(String data) throws SQLException {
        return DriverManager.getConnection("jdbc:derby:" + dir.resolve(data + "/db"));
    }

    private void shutdown(String data) {
        try {
            DriverManager.getConnection("jdbc:derby:" + dir.resolve(data + "/db") + ";shutdown=true");
        } catch (SQLException expected) {
            // 08006: closed
        }
    }

    private static long lines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines().count();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> read(Path archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(archive)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static void zip(Path archive, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }
}
