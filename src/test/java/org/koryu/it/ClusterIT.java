package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.koryu.it.browser.Browser;
import org.koryu.it.browser.EventFormPage;
import org.koryu.it.browser.LoginPage;

/**
 * Three Koryu instances on one PostgreSQL behind nginx, started by the deployment's own script
 * (src/deploy/cluster.sh) with a PostgreSQL of their own in target/cluster-it: a publication on one
 * instance is served by the others, a scheduled transition fires once however many instances find it
 * due, an instance killed under load loses no acknowledged write while the others go on serving, and
 * an editor whose instance is killed goes on in the same session with what they typed. The last two
 * kill instances, so they come last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int INSTANCES = 3;
    private static final Path DIR = Path.of("target", "cluster-it").toAbsolutePath();
    private static final Path LOG = Path.of("target", "cluster-it.log").toAbsolutePath();
    private static final String MONTH = "/api/v1/events?from=2042-03-01&to=2042-03-31";

    private int port;
    private Api balancer;
    private final List<Api> instances = new ArrayList<>();

    @BeforeAll
    void startCluster() throws Exception {
        // The instances run on PostgreSQL of their own, whichever database the other integration tests use: once is enough.
        Assumptions.assumeFalse("postgresql".equals(System.getProperty("koryu.it.database")), "runs in the first test run only");
        cluster("stop");
        deleteRecursively(DIR);
        port = freePorts();
        Process start = cluster("start");
        assertThat(start.waitFor(30, TimeUnit.MINUTES)).as("started within 30 minutes").isTrue();
        assertThat(start.exitValue()).as(Files.readString(LOG)).isZero();
        balancer = new Api(URI.create("http://127.0.0.1:" + port));
        for (int n = 1; n <= INSTANCES; n++) {
            instances.add(new Api(URI.create("http://127.0.0.1:" + (port + n))));
        }
    }

    @AfterAll
    void stopCluster() throws Exception {
        if (port != 0) {
            cluster("stop").waitFor(5, TimeUnit.MINUTES);
        }
    }

    @Test
    @Order(1)
    void aPublicationOnOneInstanceIsServedByTheOthers() {
        // The others have the month in their answer cache, without the event.
        for (Api instance : instances) {
            assertThat(instance.get(MONTH).body()).doesNotContain("cluster-fair");
        }
        Publishing publishing = new Publishing(instances.get(0));
        long id = publishing.draft(Publishing.event("cluster-fair", "三つの窓口の物産展", "products_fair", "ome",
                "ward-office-gallery", "2042-03-14"));
        publishing.transition("editor", id, "submit");
        approve(instances.get(0), id, 1);
        long published = System.nanoTime();

        // Each of the others asked over and over at once, so that one's answer does not wait for the other's.
        List<CompletableFuture<Long>> seen = instances.subList(1, INSTANCES).stream()
                .map(instance -> CompletableFuture.supplyAsync(() -> {
                    // When the request that first saw it was sent: on a loaded machine, answering takes a while itself.
                    AtomicLong asked = new AtomicLong();
                    await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> {
                        asked.set(System.nanoTime());
                        return instance.get(MONTH).body().contains("cluster-fair");
                    });
                    return TimeUnit.NANOSECONDS.toMillis(asked.get() - published);
                })).toList();
        for (int n = 2; n <= INSTANCES; n++) {
            System.out.printf("ClusterIT: a publication on instance 1 was served by instance %d to a request sent %d ms "
                    + "after it%n", n, seen.get(n - 2).join());
            assertThat(instances.get(n - 1).get("/api/v1/events/cluster-fair").status()).isEqualTo(200);
        }
    }

    @Test
    @Order(2)
    void aScheduledTransitionFiresOnceAcrossTheInstances() {
        // Every instance looks for due schedules every second (KORYU_SCHEDULER_INTERVAL_SECONDS=1), so all three find each.
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Api instance = instances.get(i % INSTANCES);
            Publishing publishing = new Publishing(instance);
            long id = publishing.draft(Publishing.event("cluster-scheduled-" + i, "予約公開 " + i, "products_fair", "ome",
                    "ward-office-gallery", "2042-03-2" + i));
            publishing.transition("editor", id, "submit");
            // Far enough ahead that the request (a password check included) arrives before it on a loaded machine.
            String at = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusSeconds(10).withNano(0).toString();
            Api.Answer scheduled = instance.as("supervisor").post("/api/v1/manage/content/" + id + "/transitions",
                    "{\"transition\": \"approve\", \"at\": \"" + at + "\", \"revision\": 1}");
            assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
            ids.add(id);
        }

        for (int i = 0; i < ids.size(); i++) {
            String slug = "/api/v1/events/cluster-scheduled-" + i;
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                    .until(() -> balancer.get(slug).status() == 200);
        }
        for (long id : ids) {
            JsonObject item = balancer.as("editor").get("/api/v1/manage/events/" + id).json();
            assertThat(item.getString("state")).isEqualTo("published");
            assertThat(item.getJsonArray("schedules")).isEmpty();
            assertThat(balancer.as("editor").get("/api/v1/manage/content/" + id + "/history").json().getJsonArray("history"))
                    .extracting(e -> e.asJsonObject().getString("transition"))
                    .containsExactly("create", "submit", "schedule-approve", "approve");
        }
    }

    @Test
    @Order(3)
    void killingAnInstanceUnderLoadLosesNoAcknowledgedWriteAndTheOthersGoOnServing() throws Exception {
        record Written(long id, String slug) {
        }
        ConcurrentLinkedQueue<Written> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failedWrites = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failedReads = new ConcurrentLinkedQueue<>();
        AtomicInteger writesAfterKill = new AtomicInteger();
        AtomicInteger readsAfterKill = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger sequence = new AtomicInteger();
        Api editor = balancer.as("editor");
        ExecutorService load = Executors.newFixedThreadPool(6);
        for (int t = 0; t < 4; t++) {
            load.submit(() -> {
                while (!stop.get()) {
                    String slug = "cluster-load-" + sequence.incrementAndGet();
                    boolean afterKill = killed.get();
                    try {
                        Api.Answer created = editor.post("/api/v1/manage/events", Publishing.event(slug, "負荷 " + slug,
                                "products_fair", "ome", "ward-office-gallery", "2042-04-01"));
                        if (created.status() == 201) {
                            acknowledged.add(new Written(created.json().getJsonNumber("id").longValue(), slug));
                            if (afterKill) {
                                writesAfterKill.incrementAndGet();
                            }
                        } else {
                            failedWrites.add(slug + ": " + created.status() + " " + created.body());
                        }
                    } catch (RuntimeException e) {
                        failedWrites.add(slug + ": " + e);
                    }
                }
            });
        }
        for (int t = 0; t < 2; t++) {
            load.submit(() -> {
                while (!stop.get()) {
                    Written some = acknowledged.peek();
                    if (some == null) {
                        Thread.onSpinWait();
                        continue;
                    }
                    boolean afterKill = killed.get();
                    try {
                        Api.Answer read = editor.get("/api/v1/manage/events/" + some.id());
                        if (read.status() != 200) {
                            failedReads.add(read.status() + " " + read.body());
                        } else if (afterKill) {
                            readsAfterKill.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failedReads.add(e.toString());
                    }
                }
            });
        }
        await().atMost(Duration.ofMinutes(3)).until(() -> acknowledged.size() >= 10);
        kill(2);
        killed.set(true);
        int before = acknowledged.size();
        await().atMost(Duration.ofMinutes(3)).until(() -> writesAfterKill.get() >= 20 && readsAfterKill.get() >= 20);
        stop.set(true);
        load.shutdown();
        assertThat(load.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        System.out.printf("ClusterIT: %d writes acknowledged (%d before the kill, %d after), %d refused or cut off: %s; "
                + "%d reads after the kill, %d failed%n", acknowledged.size(), before, writesAfterKill.get(),
                failedWrites.size(), failedWrites, readsAfterKill.get(), failedReads.size());

        // Only a write that was on its way to the killed instance may fail (never acknowledged); reads are repeated by nginx.
        assertThat(failedWrites.size()).as(failedWrites.toString()).isLessThanOrEqualTo(4);
        assertThat(failedReads).isEmpty();
        for (Written written : acknowledged) {
            Api.Answer stored = editor.get("/api/v1/manage/events/" + written.id());
            assertThat(stored.status()).as(written.toString()).isEqualTo(200);
            assertThat(stored.json().getString("slug")).isEqualTo(written.slug());
        }
    }

    @Test
    @Order(4)
    void anEditorGoesOnInTheSameSessionWhenTheirInstanceIsKilled() throws Exception {
        try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
            LoginPage.open(browser).signInAs("editor", Api.PASSWORD);
            EventFormPage form = EventFormPage.openNew(browser).title("引き継がれる下書き").municipality("名寄市")
                    .venue("区役所中杉通り側入口前");
            String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

            kill(instanceServing(session));
            form.day(0, "2042-05-10", "10:00", "15:00").save();

            browser.waitUntil(() -> browser.url().matches(".*/events/edit\\?id=\\d+$") || browser.url().contains("/login"));
            assertThat(browser.url()).as("still signed in, the event saved").matches(".*/events/edit\\?id=\\d+$");
            String id = browser.url().replaceFirst(".*id=", "");
            JsonObject saved = balancer.as("editor").get("/api/v1/manage/events/" + id).json();
            assertThat(saved.getJsonObject("title").getString("ja")).isEqualTo("引き継がれる下書き");
            assertThat(saved.getString("municipality")).isEqualTo("nayoro");
        }
    }

    /** The instance nginx sends this session to: its readiness check names it. */
    private int instanceServing(String session) {
        JsonObject health = balancer.header("Cookie", "JSESSIONID=" + session).get("/health/ready").json();
        String name = health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> "koryu".equals(c.getString("name")))
                .findFirst().orElseThrow().getJsonObject("data").getString("instance");
        return Integer.parseInt(name.substring("koryu-".length()));
    }

    private static void approve(Api instance, long id, int revision) {
        Api.Answer approved = instance.as("supervisor").post("/api/v1/manage/content/" + id + "/transitions",
                "{\"transition\": \"approve\", \"revision\": " + revision + "}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    }

    /** SIGKILL, as a crash or an out-of-memory kill would end it: no shutdown, no goodbye to the data grid. */
    private static void kill(int instance) throws IOException {
        long pid = Long.parseLong(Files.readString(DIR.resolve("instance-" + instance).resolve("pid")).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroyForcibly();
        process.onExit().join();
    }

    private Process cluster(String command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bash", "src/deploy/cluster.sh", command, DIR.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()));
        Map<String, String> env = builder.environment();
        // Their own database and data folder, not the ones the failsafe run gives the other tests.
        env.keySet().removeIf(key -> key.startsWith("KORYU_DB_") || key.equals("KORYU_DATA_DIR"));
        env.put("KORYU_DEMO", "true");
        env.put("KORYU_SCHEDULER_INTERVAL_SECONDS", "1");
        env.put("KORYU_CLUSTER_PORT", String.valueOf(port == 0 ? 1 : port));
        env.put("KORYU_CLUSTER_GRID_PORT", String.valueOf(port + 10));
        env.put("KORYU_CLUSTER_DB_PORT", String.valueOf(port + 20));
        env.put("KORYU_WAR", Path.of(System.getProperty("koryu.war", "target/ROOT.war")).toAbsolutePath().toString());
        env.put("PAYARA_MICRO_JAR", Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar")).toAbsolutePath().toString());
        return builder.start();
    }

    /** A first port whose next 20 ports are free too: nginx, the instances, the data grid and PostgreSQL. */
    private static int freePorts() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first = ThreadLocalRandom.current().nextInt(20_000, 40_000);
            if (Stream.iterate(first, p -> p + 1).limit(21).allMatch(ClusterIT::free)) {
                return first;
            }
        }
        throw new IllegalStateException("No 21 free ports in a row");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
