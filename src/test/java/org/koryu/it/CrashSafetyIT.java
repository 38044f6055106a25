package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Crash safety: eight editors write through the management API (create, save a second revision,
 * submit) while the JVM is killed with SIGKILL, three times; Koryu is started again on the same
 * data each time. Every write that was acknowledged (201 or 200) must be there afterwards, with
 * its revision and its audit entry: an acknowledgement is a promise.
 */
class CrashSafetyIT {

    private static final Logger LOG = Logger.getLogger(CrashSafetyIT.class.getName());
    private static final int WRITERS = 8;
    private static final int CRASHES = 3;

    /** What the server acknowledged for one item, step by step. */
    private static final class Acknowledged {
        final String title;
        volatile boolean revised;
        volatile boolean submitted;

        Acknowledged(String title) {
            this.title = title;
        }
    }

    private final Map<Long, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final List<String> serverErrorSamples = new ArrayList<>();
    private KoryuProcess koryu;

    @AfterEach
    void stop() throws InterruptedException {
        if (koryu != null) {
            koryu.stop();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesThreeKills() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "crash-");
        koryu = new KoryuProcess(dir);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int crash = 1; crash <= CRASHES; crash++) {
            koryu.start();
            AtomicBoolean killed = new AtomicBoolean();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                String prefix = "crash " + crash + "-" + w + "-";
                Thread writer = new Thread(() -> write(new Api(koryu.base()), prefix, killed), "writer-" + w);
                writer.start();
                writers.add(writer);
            }
            int before = acknowledged.size();
            // Kill at a random moment once writes are flowing, so some requests are always in flight.
            long until = System.currentTimeMillis() + 3_000 + random.nextInt(4_000);
            long latest = until + 300_000;
            while (System.currentTimeMillis() < until
                    || acknowledged.size() < before + WRITERS && System.currentTimeMillis() < latest) {
                Thread.sleep(50);
            }
            killed.set(true);
            koryu.kill();
            for (Thread writer : writers) {
                writer.join();
            }
            int round = crash;
            LOG.info(() -> "kill " + round + ": " + (acknowledged.size() - before) + " items acknowledged (seed " + seed + ")");
        }
        koryu.start();

        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(CRASHES * WRITERS);
        Api editor = new Api(koryu.base()).as("editor");
        List<String> lost = new ArrayList<>();
        acknowledged.forEach((id, written) -> {
            Api.Answer item = editor.get("/api/v1/manage/events/" + id);
            if (item.status() != 200) {
                lost.add(id + ": " + item.status());
                return;
            }
            JsonObject json = item.json();
            String title = json.getJsonObject("title").getString("ja");
            if (written.revised && (json.getInt("revision") < 2 || !title.equals(written.title + " 改"))) {
                lost.add(id + ": the saved revision 2 is missing (" + json.getInt("revision") + ", " + title + ")");
            } else if (!written.revised && !title.startsWith(written.title)) {
                lost.add(id + ": title " + title + " instead of " + written.title);
            }
            if (written.submitted) {
                List<String> history = editor.get("/api/v1/manage/content/" + id + "/history").json().getJsonArray("history")
                        .stream().map(JsonValue::asJsonObject).map(e -> e.getString("transition")).toList();
                if (!history.contains("submit") || !json.getString("state").equals("in_review")) {
                    lost.add(id + ": the acknowledged submit is missing (" + json.getString("state") + ", " + history + ")");
                }
            }
        });
        LOG.info(() -> acknowledged.size() + " acknowledged items checked after " + CRASHES + " kills; lost: " + lost.size());
        assertThat(lost).as("acknowledged writes missing after the kills").isEmpty();
        assertThat(serverErrors.get()).as("5xx answers other than 503: %s", serverErrorSamples).isZero();
    }

    private void write(Api api, String prefix, AtomicBoolean killed) {
        Api editor = api.as("editor");
        for (int n = 0; !killed.get(); n++) {
            String title = prefix + n;
            try {
                Api.Answer created = editor.post("/api/v1/manage/events", event(title));
                if (!accepted(created, 201)) {
                    continue;
                }
                long id = created.json().getJsonNumber("id").longValue();
                Acknowledged written = new Acknowledged(title);
                acknowledged.put(id, written);
                Api.Answer saved = editor.header("If-Match", created.header("ETag")).put("/api/v1/manage/events/" + id, event(title + " 改"));
                if (!accepted(saved, 200)) {
                    continue;
                }
                written.revised = true;
                Api.Answer submitted = editor.post("/api/v1/manage/content/" + id + "/transitions", "{\"transition\": \"submit\"}");
                if (accepted(submitted, 200)) {
                    written.submitted = true;
                }
            } catch (IllegalStateException connectionLost) {
                // The server was killed under this request: it was never acknowledged.
                if (!killed.get()) {
                    throw connectionLost;
                }
            }
        }
    }

    /** An answer counts only with the expected status; a 503 (overloaded, try again) is allowed, other 5xx are bugs. */
    private boolean accepted(Api.Answer answer, int expected) {
        if (answer.status() >= 500 && answer.status() != 503) {
            serverErrors.incrementAndGet();
            synchronized (serverErrorSamples) {
                if (serverErrorSamples.size() < 5) {
                    serverErrorSamples.add(answer.toString());
                }
            }
        }
        return answer.status() == expected;
    }

    private static String event(String title) {
        return Publishing.event(null, title, "products_fair", "ome", "ward-office-gallery", "2042-03-15");
    }
}
