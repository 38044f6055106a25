package org.koryu.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Another Koryu, started from the same WAR in its own Payara Micro process on given data (a
 * restored backup), beside the one the tests share. Closing it stops the process.
 */
final class SecondKoryu implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofSeconds(600);

    private final Process process;
    private final URI base;

    private SecondKoryu(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /**
     * Starts Koryu with these settings on top of the test run's environment, minus its database
     * settings, and waits until it is ready.
     */
    static SecondKoryu start(Path workDir, Map<String, String> settings) throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Files.createDirectories(workDir);
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--deploy", System.getProperty("koryu.war", "target/ROOT.war"),
                "--port", Integer.toString(port), "--nocluster", "--rootdir", workDir.resolve("payara").toString()))
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("payara.log").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("KORYU_DB_"));
        builder.environment().putAll(settings);
        SecondKoryu koryu = new SecondKoryu(builder.start(), URI.create("http://localhost:" + port));
        try {
            koryu.awaitReady(workDir.resolve("payara.log"));
        } catch (IOException | InterruptedException | RuntimeException e) {
            koryu.close();
            throw e;
        }
        return koryu;
    }

    URI base() {
        return base;
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Koryu on the restored data stopped while starting; see " + log);
            }
            try {
                HttpResponse<Void> health = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/municipalities")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Koryu on the restored data was not ready within " + START_LIMIT + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
