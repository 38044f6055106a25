package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README's online backup, then a restore: content is made, a backup is taken while an editor
 * keeps saving, more is saved after it; the backup is restored into fresh data and a second Koryu
 * started on it holds exactly what was acknowledged before the backup was asked for (and what was
 * written during it only whole), nothing saved after it, and the images. On embedded Derby the
 * backup is Koryu's {@code POST /api/v1/manage/backups}; on PostgreSQL it is pg_dump and
 * pg_restore, as the README says.
 */
class BackupRestoreIT extends KoryuIT {

    private static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("koryu.it.database"));

    /** An event the editor saved and Koryu acknowledged, with the title it was saved with. */
    private record Saved(long id, String title) {
    }

    @Test
    void aBackupTakenWhileEditorsWriteRestoresWhatWasAcknowledgedBeforeIt() throws Exception {
        List<Saved> before = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            before.add(save("バックアップ前 " + i));
        }
        new Publishing(api()).approve(before.get(0).id());
        String image = MediaIT.upload(api());
        byte[] imageBytes = api().getBytes(image).body();

        Map<Long, String> duringBackup = new ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                for (int i = 0; writing.get(); i++) {
                    Saved saved = save("バックアップ中 " + i);
                    duringBackup.put(saved.id(), saved.title());
                }
            } catch (Throwable e) {
                writerFailure.set(e);
            }
        });
        writer.start();
        Path restoredData = Path.of("target", "restore-" + System.getProperty("koryu.it.database", "derby")).toAbsolutePath();
        deleteTree(restoredData);
        Map<String, String> restoredSettings;
        try {
            restoredSettings = POSTGRESQL ? backUpAndRestorePostgresql(restoredData) : backUpAndRestoreDerby(restoredData);
        } finally {
            writing.set(false);
            writer.join();
        }
        assertThat(writerFailure.get()).as("every save during the backup succeeded").isNull();
        assertThat(duringBackup).as("the editor kept saving during the backup").isNotEmpty();
        List<Saved> after = List.of(save("バックアップ後 0"), save("バックアップ後 1"));

        try (SecondKoryu restored = SecondKoryu.start(restoredData.resolve("runtime"), restoredSettings)) {
            Api there = new Api(restored.base());
            for (Saved saved : before) {
                Api.Answer answer = there.as("editor").get("/api/v1/manage/events/" + saved.id());
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                assertThat(answer.json().getJsonObject("title").getString("ja")).isEqualTo(saved.title());
            }
            assertThat(there.get("/api/v1/events/" + slugOf(before.get(0).id())).status())
                    .as("published before the backup, published after the restore").isEqualTo(200);
            for (Map.Entry<Long, String> saved : duringBackup.entrySet()) {
                Api.Answer answer = there.as("editor").get("/api/v1/manage/events/" + saved.getKey());
                assertThat(answer.status()).as("written during the backup: there whole or not at all").isIn(200, 404);
                if (answer.status() == 200) {
                    assertThat(answer.json().getJsonObject("title").getString("ja")).isEqualTo(saved.getValue());
                }
            }
            for (Saved saved : after) {
                assertThat(there.as("editor").get("/api/v1/manage/events/" + saved.id()).status())
                        .as("saved after the backup").isEqualTo(404);
            }
            HttpResponse<byte[]> served = there.getBytes(image);
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.body()).isEqualTo(imageBytes);
        }
    }

    @Test
    void onlyAdminsTakeBackups() {
        Api.Answer refused = api().as("editor").post("/api/v1/manage/backups", "");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    /** Koryu's online backup, then the README's restore: the backup's db and media folders become a new data folder. */
    private Map<String, String> backUpAndRestoreDerby(Path restoredData) throws IOException {
        Api.Answer backup = api().as("admin").post("/api/v1/manage/backups", "");
        assertThat(backup.status()).as(backup.toString()).isEqualTo(201);
        Path folder = Path.of(backup.json().getString("folder"));
        assertThat(folder.getFileName().toString()).isEqualTo(backup.json().getString("name"));
        copyTree(folder, restoredData);
        return Map.of("KORYU_DATA_DIR", restoredData.toString(), "KORYU_DEMO", "false");
    }

    /** The README's PostgreSQL backup (pg_dump, then the media folder) and restore (pg_restore into a new database). */
    private Map<String, String> backUpAndRestorePostgresql(Path restoredData) throws IOException, InterruptedException, SQLException {
        Api.Answer refused = api().as("admin").post("/api/v1/manage/backups", "");
        assertThat(refused.status()).as("Koryu does not back up a database server itself").isEqualTo(409);

        String url = System.getenv("KORYU_DB_URL");
        String server = url.substring("jdbc:postgresql://".length(), url.lastIndexOf('/'));
        String database = url.substring(url.lastIndexOf('/') + 1);
        Files.createDirectories(restoredData);
        Path dump = restoredData.resolve("koryu.dump");
        run("pg_dump", "--format=custom", "--host=" + host(server), "--port=" + port(server),
                "--username=" + System.getenv("KORYU_DB_USER"), "--file=" + dump, database);
        copyTree(Path.of(System.getenv("KORYU_DATA_DIR"), "media"), restoredData.resolve("media"));

        String restoredUrl = url + "_restored";
        String restoredDatabase = FreshDatabase.recreate(restoredUrl);
        run("pg_restore", "--no-owner", "--exit-on-error", "--host=" + host(server), "--port=" + port(server),
                "--username=" + System.getenv("KORYU_DB_USER"), "--dbname=" + restoredDatabase, dump.toString());
        return Map.of("KORYU_DATA_DIR", restoredData.toString(), "KORYU_DEMO", "false", "KORYU_DB_URL", restoredUrl,
                "KORYU_DB_USER", System.getenv("KORYU_DB_USER"), "KORYU_DB_PASSWORD", System.getenv("KORYU_DB_PASSWORD"));
    }

    private static String host(String server) {
        return server.contains(":") ? server.substring(0, server.indexOf(':')) : server;
    }

    private static String port(String server) {
        return server.contains(":") ? server.substring(server.indexOf(':') + 1) : "5432";
    }

    private static void run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", System.getenv("KORYU_DB_PASSWORD"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
    }

    private Saved save(String title) {
        long id = new Publishing(api()).draft(Publishing.event(null, title, "products_fair", "ome", "ward-office-nakasugi-entrance",
                "2036-10-01"));
        return new Saved(id, title);
    }

    private String slugOf(long id) {
        return api().as("editor").get("/api/v1/manage/events/" + id).json().getString("slug");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
