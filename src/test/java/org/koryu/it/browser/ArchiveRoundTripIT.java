package org.koryu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.koryu.it.Api;
import org.koryu.transfer.ArchiveCommand;

/**
 * Everything moves: a populated Koryu (demo content, an event with three revisions and its
 * history, a new account, an API token, an image, a scheduled transition) is exported by the admin
 * API and imported into a second, empty Koryu; every table's rows, every media file and the
 * delivery and management answers (bodies and ETags) are the same there, and its id generators go
 * on after the imported ids. The same archive goes through the command into a new Derby database
 * (and PostgreSQL, when {@code KORYU_TEST_POSTGRES_URL} names one) and comes out identical. The
 * admin UI is used only to create the account and the token, which only it can.
 */
class ArchiveRoundTripIT extends BrowserIT {

    private static final String SLUG = "archive-round-trip";

    @Test
    void everythingMovesToAnEmptyKoryuExactly() throws Exception {
        Path work = Path.of("target", "archive-it").toAbsolutePath();
        deleteTree(work);
        // Started first: on a busy machine Payara takes minutes, meanwhile the source is filled.
        SecondKoryu target = SecondKoryu.start(work.resolve("second"));
        try (target) {
            everythingMovesTo(target, work);
        }
    }

    private void everythingMovesTo(SecondKoryu target, Path work) throws Exception {
        Populated source = populate();
        Api.Answer refused = api().as("editor").get("/api/v1/manage/export");
        assertThat(refused.status()).as("only admins export").isEqualTo(403);
        assertThat(api().as("editor").postBytes("/api/v1/manage/import", "application/zip", new byte[] {1}).status())
                .as("only admins import").isEqualTo(403);
        byte[] archive = export(api());
        Map<String, String> answers = answers(api(), source);

        target.awaitReady();
        Api empty = target.api();
        Api.Answer damaged = empty.as("importer").postBytes("/api/v1/manage/import", "application/zip", tampered(archive));
        assertThat(damaged.status()).as(damaged.toString()).isEqualTo(400);
        assertThat(damaged.json().getString("code")).isEqualTo("archive-checksum-mismatch");
        Api.Answer notZip = empty.as("importer").postBytes("/api/v1/manage/import", "application/zip", "PK no".getBytes());
        assertThat(notZip.json().getString("code")).isEqualTo("archive-unreadable");

        Api.Answer imported = empty.as("importer").postBytes("/api/v1/manage/import", "application/zip", archive);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        Api restored = target.api();
        assertThat(answers(restored, source)).as("delivery and management answers, with their ETags").isEqualTo(answers);
        assertThat(entries(export(restored))).as("every table's rows and every media file").isEqualTo(entries(archive));

        Api.Answer again = restored.as("admin").postBytes("/api/v1/manage/import", "application/zip", archive);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("code")).isEqualTo("database-not-empty");

        long newId = restored.as("editor").post("/api/v1/manage/events", event(SLUG + "-after", "2034-01-10"))
                .json().getJsonNumber("id").longValue();
        assertThat(newId).as("the id generator continues after the imported ids").isGreaterThan(maxId(archive, "content_item"));
        long mediaId = restored.as("editor").postBytes("/api/v1/manage/media", "image/png", png())
                .json().getJsonNumber("id").longValue();
        assertThat(mediaId).isGreaterThan(maxId(archive, "media"));

        Path zip = work.resolve("koryu.zip");
        Files.write(zip, archive);
        Map<String, String> derby = Map.of("KORYU_DATA_DIR", work.resolve("command-derby").toString());
        assertThat(command(derby, "import", zip)).isZero();
        assertThat(command(derby, "import", zip)).as("a second import finds the database full").isEqualTo(1);
        assertThat(command(derby, "export", work.resolve("derby.zip"))).isZero();
        assertThat(entries(Files.readAllBytes(work.resolve("derby.zip")))).isEqualTo(entries(archive));

        String postgres = System.getenv("KORYU_TEST_POSTGRES_URL");
        if (postgres != null) {
            Map<String, String> pg = new HashMap<>(Map.of("KORYU_DATA_DIR", work.resolve("command-postgres").toString(), "KORYU_DB_URL", postgres));
            pg.put("KORYU_DB_USER", System.getenv().getOrDefault("KORYU_TEST_POSTGRES_USER", "koryu"));
            pg.put("KORYU_DB_PASSWORD", System.getenv().getOrDefault("KORYU_TEST_POSTGRES_PASSWORD", "koryu"));
            assertThat(command(pg, "import", zip)).isZero();
            assertThat(command(pg, "export", work.resolve("postgres.zip"))).isZero();
            // PostgreSQL keeps timestamps to the microsecond; Derby (and Java's clock here) to the nanosecond.
            assertThat(entries(Files.readAllBytes(work.resolve("postgres.zip")))).isEqualTo(microseconds(entries(archive)));
        }
    }

    private record Populated(long itemId, String mediaUrl) {
    }

    private Populated populate() {
        Browser b = browser();
        LoginPage.open(b).signInAs("admin", Api.PASSWORD);
        AccountsPage.open(b).create("archivist", "記録 係", "archive-pass-2031", "編集者");
        b.waitForText(org.openqa.selenium.By.id("globalMessages"), "archivist");
        assertThat(TokensPage.open(b).issue("archivist", "移行テスト", LocalDate.now().plusYears(1).toString()).secret()).startsWith("kor_");

        String url = api().as("editor").postBytes("/api/v1/manage/media", "image/png", png()).json().getString("url");
        Api editor = api().as("editor");
        long id = editor.post("/api/v1/manage/events", event(SLUG, "2033-11-03")).json().getJsonNumber("id").longValue();
        for (String day : List.of("2033-11-04", "2033-11-05")) {
            String etag = editor.get("/api/v1/manage/events/" + id).header("ETag");
            assertThat(editor.header("If-Match", etag).put("/api/v1/manage/events/" + id,
                    event(SLUG, day).replace("\"images\": []", "\"images\": [{\"url\": \"" + url + "\", \"alt\": \"写真\"}]")).status())
                    .isEqualTo(200);
        }
        assertThat(fire("editor", id, "submit").status()).isEqualTo(200);
        String later = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusYears(5).withNano(0).toString();
        Api.Answer scheduled = api().as("supervisor").post("/api/v1/manage/content/" + id + "/transitions",
                "{\"transition\":\"approve\",\"revision\":3,\"at\":\"" + later + "\"}");
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
        return new Populated(id, url);
    }

    private static String event(String slug, String day) {
        return """
                {"slug": "%s", "title": {"ja": "移行の確認 %s"}, "kind": "products_fair", "municipality": "nayoro",
                 "venue": "ward-office-omekaido-entrance", "images": [], "occurrences": [{"date": "%s", "start": "10:00", "end": "16:00"}]}
                """.formatted(slug, day, day);
    }

    /** What downstream sites and editors are answered, keyed by request: status, ETag, Last-Modified and body. */
    private static Map<String, String> answers(Api api, Populated source) {
        List<String> paths = new ArrayList<>(List.of("/api/v1/events?limit=100", "/api/v1/events?from=2023-01-01&to=2023-12-31&limit=100",
                "/api/v1/reports?type=forum", "/api/v1/reports?type=project", "/api/v1/municipalities", "/api/v1/venues",
                "/api/v1/notices", "/api/v1/sync"));
        String sync = api.get("/api/v1/sync").json().getString("token", null);
        if (sync != null) {
            paths.add("/api/v1/sync?token=" + sync);
        }
        List<String> managed = List.of("/api/v1/manage/events/" + source.itemId(), "/api/v1/manage/content/" + source.itemId() + "/revisions",
                "/api/v1/manage/content/" + source.itemId() + "/history", "/api/v1/manage/events?limit=100", "/api/v1/manage/reports",
                "/api/v1/manage/municipalities", "/api/v1/manage/venues", "/api/v1/manage/notices");
        Map<String, String> answers = new TreeMap<>();
        for (String path : paths) {
            answers.put(path, answer(api.get(path)));
        }
        for (String path : managed) {
            answers.put("admin " + path, answer(api.as("admin").get(path)));
        }
        answers.put("media", new String(api.getBytes(source.mediaUrl()).body(), StandardCharsets.ISO_8859_1));
        return answers;
    }

    private static String answer(Api.Answer a) {
        return a.status() + " " + a.header("ETag") + " " + a.header("Last-Modified") + "\n" + a.body();
    }

    private static byte[] export(Api api) {
        HttpResponse<byte[]> answer = api.as("admin").getBytes("/api/v1/manage/export");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/zip");
        return answer.body();
    }

    /** The archive's files but its manifest (which says when it was written), as text, by name; a table's rows as a sorted set. */
    private static Map<String, String> entries(byte[] archive) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String content = new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1);
                if (e.getName().startsWith("tables/")) {
                    // Rows in key order: PostgreSQL may order text keys by another collation than Derby.
                    entries.put(e.getName(), content.lines().sorted().collect(java.util.stream.Collectors.joining("\n")));
                } else if (!e.getName().equals("manifest.json")) {
                    entries.put(e.getName(), content);
                }
            }
        }
        assertThat(entries).containsKeys("tables/account.jsonl", "tables/api_token.jsonl", "tables/revision.jsonl",
                "tables/audit_entry.jsonl", "tables/scheduled_transition.jsonl");
        assertThat(entries.keySet()).anyMatch(name -> name.startsWith("media/"));
        return entries;
    }

    private static Map<String, String> microseconds(Map<String, String> entries) {
        java.util.regex.Pattern nanos = java.util.regex.Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{7,9})\"");
        Map<String, String> rounded = new TreeMap<>();
        entries.forEach((name, content) -> rounded.put(name, !name.startsWith("tables/") ? content
                : nanos.matcher(content).replaceAll(m -> "\"" + java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                        java.time.LocalDateTime.parse(m.group(1)).plusNanos(500).truncatedTo(java.time.temporal.ChronoUnit.MICROS)) + "\"")
                        .lines().sorted().collect(java.util.stream.Collectors.joining("\n"))));
        return rounded;
    }

    private static long maxId(byte[] archive, String table) throws IOException {
        long max = 0;
        for (String line : entries(archive).get("tables/" + table + ".jsonl").split("\n")) {
            JsonObject row = Json.createReader(new java.io.StringReader(new String(line.getBytes(StandardCharsets.ISO_8859_1),
                    StandardCharsets.UTF_8))).readObject();
            max = Math.max(max, row.getJsonNumber("id").longValue());
        }
        return max;
    }

    /** The archive with one row changed and its manifest left as it was. */
    private static byte[] tampered(byte[] archive) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("tables/account.jsonl")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace("\"admin\"", "\"intruder\"").getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static int command(Map<String, String> env, String action, Path archive) {
        return ArchiveCommand.run(new String[] {action, archive.toString()}, env, System.out, System.err);
    }

    private static byte[] png() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 1, 0x3366CC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A second Payara Micro with Koryu on a new, empty database: no demo, only its first admin. */
    private record SecondKoryu(Process process, URI base) implements AutoCloseable {

        static SecondKoryu start(Path dir) throws IOException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Files.createDirectories(dir);
            ProcessBuilder builder = new ProcessBuilder("java", "-Xmx512m", "-jar", System.getProperty("payara.microJar"),
                    "--deploy", System.getProperty("koryu.war"), "--port", String.valueOf(port), "--nocluster",
                    "--rootdir", dir.resolve("payara").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("payara.log").toFile());
            // An empty embedded Derby, whatever the run's database: in the PostgreSQL run the archive moves PostgreSQL -> Derby.
            builder.environment().keySet().removeIf(name -> name.startsWith("KORYU_DB_"));
            builder.environment().put("KORYU_DATA_DIR", dir.resolve("data").toString());
            builder.environment().put("KORYU_DEMO", "false");
            builder.environment().put("KORYU_ADMIN_USERNAME", "importer");
            builder.environment().put("KORYU_ADMIN_PASSWORD", Api.PASSWORD);
            return new SecondKoryu(builder.start(), URI.create("http://localhost:" + port));
        }

        void awaitReady() {
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                    .until(() -> process.isAlive() && api().get("/health/ready").status() == 200);
        }

        Api api() {
            return new Api(base);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
