package org.koryu.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Koryu's WAR on a Payara Micro of its own, in a process this test controls, on a data folder
 * that outlives it: for tests that kill the server and start it again on the same data.
 */
final class KoryuProcess {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path dataDir;
    private final int port;
    private Process process;
    private int starts;

    KoryuProcess(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Starts Payara Micro with Koryu in demo mode on the embedded Derby database of the data folder and waits until it is ready. */
    void start() throws IOException, InterruptedException {
        starts++;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("koryu.war"), "--contextroot", "/", "--port", String.valueOf(port),
                "--nocluster", "--rootdir", dataDir.resolve("runtime-" + starts).toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("payara-" + starts + ".log").toFile());
        // Whatever database the suite runs against, this process has its own embedded Derby.
        builder.environment().keySet().removeIf(name -> name.startsWith("KORYU_DB_"));
        builder.environment().put("KORYU_DATA_DIR", dataDir.resolve("data").toString());
        builder.environment().put("KORYU_DEMO", "true");
        process = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro ended with " + process.exitValue() + "; see " + log());
            }
            if (healthy()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Koryu did not start within 10 minutes; see " + log());
    }

    /** SIGKILL: no shutdown hook, no Derby shutdown, no flush; what was not on disk is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private Path log() {
        return dataDir.resolve("payara-" + starts + ".log");
    }

    private boolean healthy() {
        try {
            HttpResponse<Void> answer = CLIENT.send(HttpRequest.newBuilder(base().resolve("/health")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
