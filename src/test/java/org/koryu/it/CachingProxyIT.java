package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deployment's caching proxy (src/deploy/nginx) in front of the test's Koryu: delivery answers
 * are shared from the cache, revalidated with Koryu's ETags once they are a second old, so a
 * publication or an unpublication is served within about a second; nothing with credentials and
 * nothing outside the delivery API is stored.
 */
class CachingProxyIT extends KoryuIT {

    /** nginx keeps an answer 1 s, counted in whole seconds: after this it has expired for sure. */
    private static final long EXPIRED_MILLIS = 2_500;
    private static final String MONTH = "/api/v1/events?from=2041-07-01&to=2041-07-31";

    private Path dir;
    private Api proxy;

    @BeforeEach
    void startProxy() throws Exception {
        dir = Files.createTempDirectory(Path.of("target"), "proxy-");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process start = new ProcessBuilder("bash", "src/deploy/nginx/koryu-proxy.sh", dir.toString(),
                "127.0.0.1:" + port, base.getHost() + ":" + base.getPort())
                .redirectErrorStream(true).start();
        String output = new String(start.getInputStream().readAllBytes());
        assertThat(start.waitFor()).as(output).isZero();
        proxy = new Api(URI.create("http://127.0.0.1:" + port));
        for (int i = 0; i < 50 && proxy.get("/health").status() != 200; i++) {
            Thread.sleep(100);
        }
    }

    @AfterEach
    void stopProxy() throws IOException, InterruptedException {
        Path pid = dir.resolve("nginx.pid");
        if (Files.exists(pid)) {
            new ProcessBuilder("kill", Files.readString(pid).trim()).start().waitFor();
        }
    }

    @Test
    void deliveryAnswersAreSharedFromTheCacheWithKoryusBytesAndETag() {
        Api.Answer direct = api().get("/api/v1/venues");
        Api.Answer first = proxy.get("/api/v1/venues");
        Api.Answer second = proxy.get("/api/v1/venues");

        assertThat(first.header("X-Cache-Status")).isEqualTo("MISS");
        assertThat(second.header("X-Cache-Status")).isEqualTo("HIT");
        assertThat(second.body()).isEqualTo(direct.body());
        assertThat(second.header("ETag")).isEqualTo(direct.header("ETag"));
        assertThat(second.header("Content-Type")).isEqualTo(direct.header("Content-Type"));
    }

    @Test
    void theProxyAnswersConditionalRequestsWith304() {
        String etag = proxy.get("/api/v1/municipalities").header("ETag");

        Api.Answer conditional = proxy.header("If-None-Match", etag).get("/api/v1/municipalities");

        assertThat(conditional.status()).isEqualTo(304);
        assertThat(conditional.header("X-Cache-Status")).isEqualTo("HIT");
        assertThat(conditional.body()).isEmpty();
    }

    @Test
    void anExpiredAnswerIsRevalidatedWithKoryusETag() throws InterruptedException {
        proxy.get("/api/v1/venues");
        Thread.sleep(EXPIRED_MILLIS);

        Api.Answer again = proxy.get("/api/v1/venues");

        // REVALIDATED: nginx asked with If-None-Match, Koryu answered 304, the stored body was kept.
        assertThat(again.header("X-Cache-Status")).isEqualTo("REVALIDATED");
        assertThat(again.body()).isEqualTo(api().get("/api/v1/venues").body());
    }

    @Test
    void aPublicationAndAnUnpublicationReachTheProxyWithinAboutASecond() throws InterruptedException {
        Publishing publishing = new Publishing(api());
        assertThat(proxy.get(MONTH).body()).doesNotContain("proxy-fresh");
        assertThat(proxy.get(MONTH).header("X-Cache-Status")).isEqualTo("HIT");

        long id = publishing.publish(Publishing.event("proxy-fresh", "キャッシュ越しの物産展", "products_fair", "ome",
                "ward-office-gallery", "2041-07-10"));
        Thread.sleep(EXPIRED_MILLIS);
        assertThat(proxy.get(MONTH).body()).contains("proxy-fresh");
        assertThat(proxy.get("/api/v1/events/proxy-fresh").status()).isEqualTo(200);

        publishing.unpublish(id);
        Thread.sleep(EXPIRED_MILLIS);
        assertThat(proxy.get(MONTH).body()).doesNotContain("proxy-fresh");
        assertThat(proxy.get("/api/v1/events/proxy-fresh").status()).isEqualTo(404);
    }

    @Test
    void nothingWithCredentialsOrOutsideTheDeliveryApiIsStored() {
        long id = new Publishing(api()).draft(Publishing.event("proxy-draft", "下書き", "products_fair", "ome",
                "ward-office-gallery", "2041-07-20"));

        Api.Answer manage = proxy.as("editor").get("/api/v1/manage/events/" + id);
        Api.Answer withCredentials = proxy.as("editor").get("/api/v1/venues");
        Api.Answer anonymous = proxy.get("/api/v1/manage/events/" + id);

        assertThat(manage.status()).isEqualTo(200);
        assertThat(manage.header("X-Cache-Status")).isNull();
        assertThat(withCredentials.header("X-Cache-Status")).isEqualTo("BYPASS");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(proxy.get(MONTH).body()).doesNotContain("proxy-draft");
    }
}
