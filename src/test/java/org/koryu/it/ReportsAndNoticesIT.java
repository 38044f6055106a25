package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * Reports and calendar notices go through the same generic paths as every type: managed at
 * {@code /api/v1/manage/{reports|notices}}, published by the workflow, delivered at
 * {@code /api/v1/reports?type=} and {@code /api/v1/notices}.
 */
class ReportsAndNoticesIT extends KoryuIT {

    private static final String REPORT = """
            {"slug": "%s", "type": "%s", "title": {"ja": "%s"}, "heldOn": "2034-05-20", "heldUntil": "2034-05-21",
             "municipality": "ome", "venue": "ward-office-gallery", "place": "区役所", "theme": "観光の未来",
             "moderator": {"name": "山田 花子", "role": "教授"},
             "participants": [{"name": "青梅 太郎", "role": "市長"}, {"role": "区長"}],
             "body": "<p>議論しました。<img src=x onerror=alert(1)></p>",
             "photos": [{"url": "%s", "alt": "参加者の集合写真", "caption": "集合写真"}, {"caption": "会場"}],
             "relatedMunicipalities": ["ome", "nayoro"], "next": "次回は名寄市で開催予定"}
            """;

    private static List<String> slugs(Api.Answer list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("slug")).toList();
    }

    @Test
    void aReportIsManagedPublishedAndDeliveredWithItsEraDate() {
        String photo = MediaIT.upload(api());
        Api editor = api().as("editor");
        Api.Answer created = editor.post("/api/v1/manage/reports", REPORT.formatted("it-ome-forum", "forum", "観光フォーラム", photo));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("state")).isEqualTo("draft");
        assertThat(created.json().getJsonObject("derived").getString("heldOnText")).isEqualTo("令和16年5月20日～21日");
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(api().get("/api/v1/reports/it-ome-forum").status()).as("a draft is not delivered").isEqualTo(404);

        Api.Answer updated = editor.header("If-Match", created.header("ETag")).put("/api/v1/manage/reports/" + id,
                REPORT.formatted("it-ome-forum", "forum", "第一回 観光フォーラム", photo));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        publish(id);

        JsonObject report = api().get("/api/v1/reports/it-ome-forum").json();
        assertThat(report.getString("type")).isEqualTo("forum");
        assertThat(report.getString("typeLabel")).isEqualTo("フォーラム");
        assertThat(report.getJsonObject("title").getString("ja")).isEqualTo("第一回 観光フォーラム");
        assertThat(report.getString("heldOn")).isEqualTo("2034-05-20");
        assertThat(report.getString("heldUntil")).isEqualTo("2034-05-21");
        assertThat(report.getString("heldOnText")).isEqualTo("令和16年5月20日～21日");
        assertThat(report.getJsonObject("municipality").getString("name")).isEqualTo("青梅市");
        assertThat(report.getJsonObject("venue").getString("name")).isEqualTo("区役所2階区民ギャラリー");
        assertThat(report.getString("theme")).isEqualTo("観光の未来");
        assertThat(report.getJsonObject("moderator").getString("name")).isEqualTo("山田 花子");
        assertThat(report.getJsonArray("participants")).hasSize(2);
        assertThat(report.getJsonArray("participants").getJsonObject(1).getString("role")).isEqualTo("区長");
        assertThat(report.getString("body")).isEqualTo("<p>議論しました。</p>");
        assertThat(report.getJsonArray("photos").getJsonObject(0).getString("url")).isEqualTo(photo);
        assertThat(report.getJsonArray("photos").getJsonObject(1).getString("caption")).isEqualTo("会場");
        assertThat(report.getJsonArray("relatedMunicipalities")).extracting(v -> v.asJsonObject().getString("slug"))
                .containsExactly("ome", "nayoro");
        assertThat(report.getString("next")).isEqualTo("次回は名寄市で開催予定");
    }

    @Test
    void theReportListIsFilteredByTypeThroughTheTypesOwnParameters() {
        String photo = MediaIT.upload(api());
        long project = created("it-ome-project", "project", "青梅市連携プロジェクト", photo);
        publish(project);
        List<String> forums = slugs(api().get("/api/v1/reports?type=forum&limit=100"));
        List<String> projects = slugs(api().get("/api/v1/reports?type=project&limit=100"));
        assertThat(projects).contains("it-ome-project");
        assertThat(forums).doesNotContain("it-ome-project").isNotEmpty();
        assertThat(slugs(api().get("/api/v1/reports?limit=100"))).containsAll(forums).containsAll(projects);
        assertThat(slugs(api().get("/api/v1/reports?type=project&municipality=nayoro&limit=100"))).contains("it-ome-project");
        assertThat(slugs(api().get("/api/v1/reports?type=project&municipality=ojiya&limit=100"))).doesNotContain("it-ome-project");

        Api.Answer bad = api().get("/api/v1/reports?type=meeting");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.json().getString("parameter")).isEqualTo("type");
        assertThat(bad.json().getString("detail")).contains("forum, project");
    }

    private long created(String slug, String type, String title, String photo) {
        Api.Answer created = api().as("editor").post("/api/v1/manage/reports", REPORT.formatted(slug, type, title, photo));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    @Test
    void anInvalidReportIsRefusedFieldByField() {
        Api.Answer bad = api().as("editor").post("/api/v1/manage/reports", """
                {"type": "meeting", "title": {"ja": ""}, "heldOn": "2034-05-21", "heldUntil": "2034-05-20",
                 "municipality": "atlantis", "participants": [{"name": " "}, {"role": "x"}],
                 "photos": [{"url": "/media/99999/none.png", "alt": "x"}, {"alt": "only alt"}]}
                """);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors")).extracting(v -> v.asJsonObject().getString("field"))
                .containsExactly("type", "title.ja", "heldUntil", "municipality", "photos[0].url", "photos[1].caption");
    }

    @Test
    void aNoticeIsManagedAndDeliveredInItsOrder() {
        Api.Answer created = api().as("editor").post("/api/v1/manage/notices",
                "{\"slug\": \"it-rain\", \"text\": {\"ja\": \"※雨天の場合は中止します。\", \"en\": \"Cancelled in rain.\"}, \"sortOrder\": 5}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getJsonObject("text").getString("ja")).as("the mark is not part of the text")
                .isEqualTo("雨天の場合は中止します。");
        publish(created.json().getJsonNumber("id").longValue());
        List<JsonObject> notices = api().get("/api/v1/notices").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).toList();
        assertThat(notices.get(0).getString("slug")).as("sort order 5 before the seed's 10 and 20").isEqualTo("it-rain");
        assertThat(notices.get(0).getString("printed")).isEqualTo("※雨天の場合は中止します。");
        assertThat(api().get("/api/v1/notices/it-rain").json().getJsonObject("text").getString("en")).isEqualTo("Cancelled in rain.");
    }
}
