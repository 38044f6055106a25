package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.imageio.ImageIO;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Image uploads over HTTP: the bytes decide what is accepted, the file lands in the data folder,
 * it is served publicly with its type and a year of caching, and content may only show uploaded
 * images, each with alt text.
 */
class MediaIT extends KoryuIT {

    static byte[] image(String format) {
        BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, 0xCC3300);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** Uploads a PNG as the editor and answers its public address. */
    static String upload(Api api) {
        Api.Answer uploaded = api.as("editor").header("Content-Disposition", "attachment; filename=\"Forum Group.PNG\"")
                .postBytes("/api/v1/manage/media", "image/png", image("png"));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return uploaded.json().getString("url");
    }

    @Test
    void anUploadedImageIsStoredAndServedWithLongCaching() throws IOException {
        byte[] png = image("png");
        Api.Answer uploaded = api().as("editor").header("Content-Disposition", "attachment; filename=\"Forum Group.PNG\"")
                .postBytes("/api/v1/manage/media", "image/png", png);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonObject json = uploaded.json();
        long id = json.getJsonNumber("id").longValue();
        String url = json.getString("url");
        assertThat(url).isEqualTo("/media/" + id + "/forum-group.png");
        assertThat(json.getString("mediaType")).isEqualTo("image/png");
        assertThat(json.getString("originalName")).isEqualTo("Forum Group.PNG");
        assertThat(json.getJsonNumber("size").longValue()).isEqualTo(png.length);
        assertThat(uploaded.header("Location")).endsWith(url);
        assertThat(Files.readAllBytes(Path.of(System.getenv("KORYU_DATA_DIR"), "media", String.valueOf(id))))
                .as("kept in the data folder").isEqualTo(png);

        HttpResponse<byte[]> served = api().getBytes(url);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(png);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("Cache-Control")).hasValueSatisfying(cc ->
                assertThat(cc).contains("public").contains("max-age=31536000").contains("immutable"));
        String etag = served.headers().firstValue("ETag").orElseThrow();
        assertThat(api().header("If-None-Match", etag).getBytes(url).statusCode()).isEqualTo(304);

        Api.Answer missing = api().get("/media/" + id + "/other-name.png");
        assertThat(missing.status()).as("one file, one address").isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void anHtmlFormUploadsThePartNamedFile() {
        byte[] jpeg = image("jpg");
        String boundary = "----koryu" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n会場\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"market.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(jpeg);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Api.Answer uploaded = api().as("editor").postBytes("/api/v1/manage/media",
                "multipart/form-data; boundary=" + boundary, body.toByteArray());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.json().getString("url")).endsWith("/market.jpg");
        assertThat(uploaded.json().getString("mediaType")).isEqualTo("image/jpeg");
        assertThat(api().getBytes(uploaded.json().getString("url")).body()).isEqualTo(jpeg);

        String fake = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n<svg onload=alert(1)>\r\n--" + boundary + "--\r\n";
        Api.Answer refused = api().as("editor").postBytes("/api/v1/manage/media", "multipart/form-data; boundary=" + boundary,
                fake.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(415);
    }

    @Test
    void theBytesNotTheHeaderDecide() {
        Api editor = api().as("editor");
        Api.Answer text = editor.postBytes("/api/v1/manage/media", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.header("Content-Type")).startsWith("application/problem+json");
        assertThat(text.json().getString("detail")).contains("text/plain").contains("image/png");

        Api.Answer html = editor.postBytes("/api/v1/manage/media", "image/png",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(html.status()).isEqualTo(415);
        assertThat(html.json().getString("detail")).contains("not a JPEG, PNG, WebP or GIF image");

        Api.Answer mislabelled = editor.postBytes("/api/v1/manage/media", "image/png", image("jpg"));
        assertThat(mislabelled.status()).isEqualTo(415);
        assertThat(mislabelled.json().getString("detail")).contains("is a JPEG image").contains("send it as image/jpeg");
    }

    @Test
    void aTooLargeImageIsRefused() {
        byte[] png = image("png");
        byte[] large = Arrays.copyOf(png, 5 * 1024 * 1024 + 1);
        Api.Answer answer = api().as("editor").postBytes("/api/v1/manage/media", "image/png", large);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().getString("detail")).contains("at most 5242880 bytes");
    }

    @Test
    void uploadingNeedsAnEditor() {
        assertThat(api().postBytes("/api/v1/manage/media", "image/png", image("png")).status()).isEqualTo(401);
        assertThat(api().as("supervisor").postBytes("/api/v1/manage/media", "image/png", image("png")).status()).isEqualTo(403);
    }

    @Test
    void anEventShowsOnlyUploadedImagesEachWithAltText() {
        String url = upload(api());
        String event = """
                {"slug": "%s", "title": {"ja": "忍野村物産展（画像）"}, "kind": "products_fair", "municipality": "oshino",
                 "venue": "ward-office-nakasugi-entrance", "occurrences": [{"date": "2033-08-18", "start": "10:00", "end": "14:00"}],
                 "images": [%s]}
                """;
        Api editor = api().as("editor");
        Api.Answer elsewhere = editor.post("/api/v1/manage/events", event.formatted("media-elsewhere",
                "{\"url\": \"https://example.com/a.png\", \"alt\": \"a\"}"));
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("images[0].url");
        Api.Answer neverUploaded = editor.post("/api/v1/manage/events", event.formatted("media-missing",
                "{\"url\": \"/media/987654/none.png\", \"alt\": \"a\"}"));
        assertThat(neverUploaded.body()).contains("images[0].url").contains("upload it first");
        Api.Answer noAlt = editor.post("/api/v1/manage/events", event.formatted("media-no-alt",
                "{\"url\": \"" + url + "\", \"caption\": \"会場の様子\"}"));
        assertThat(noAlt.status()).isEqualTo(400);
        assertThat(noAlt.body()).contains("images[0].alt");

        Api.Answer created = editor.post("/api/v1/manage/events", event.formatted("media-ok",
                "{\"url\": \"" + url + "\", \"alt\": \"野菜が並ぶ売り場\", \"caption\": \"会場の様子\"}"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        publish(id);
        JsonObject image = api().get("/api/v1/events/media-ok").json().getJsonArray("images").getJsonObject(0);
        assertThat(image.getString("url")).isEqualTo(url);
        assertThat(image.getString("alt")).isEqualTo("野菜が並ぶ売り場");
        assertThat(image.getString("caption")).isEqualTo("会場の様子");
    }
}
