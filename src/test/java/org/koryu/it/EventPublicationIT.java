package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The spine through every layer, over HTTP: an editor's draft stays out of delivery until a
 * supervisor approves it, then it is served by list and by slug, shaped as API.md fixes.
 */
class EventPublicationIT extends KoryuIT {

    private static final String EVENT = """
            {"slug": "%s", "title": {"ja": "吾妻の朝市（テスト）", "en": "Agatsuma morning market"},
             "kind": "morning_market", "municipality": "higashiagatsuma", "venue": "ward-office-nakasugi-entrance",
             "occurrences": [{"date": "2031-07-20", "start": "10:00", "end": "14:00"},
                             {"date": "2031-07-21", "start": "10:00", "end": "13:00"}],
             "notes": "※雨天中止", "description": "<p>新鮮な野菜<script>alert(1)</script></p>"}
            """;

    @Test
    void healthIsUpWithDatabaseAndMigrations() {
        Api.Answer health = api().get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("koryu");
    }

    @Test
    void aDraftAppearsInDeliveryOnlyAfterApproval() {
        Api editor = api().as("editor");
        Api.Answer created = editor.post("/api/v1/manage/events", EVENT.formatted("spine-morning-market"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/manage/events/" + created.json().getInt("id"));
        assertThat(created.header("ETag")).isNotBlank();
        JsonObject draft = created.json();
        long id = draft.getJsonNumber("id").longValue();
        assertThat(draft.getString("state")).isEqualTo("draft");
        assertThat(draft.getString("description")).as("sanitised on save").isEqualTo("<p>新鮮な野菜</p>");

        assertThat(api().get("/api/v1/events/spine-morning-market").status()).isEqualTo(404);
        assertThat(api().get("/api/v1/events?from=2031-07-01").body()).doesNotContain("spine-morning-market");

        assertThat(editor.fire(id, "{\"transition\":\"submit\"}").status())
                .isEqualTo(200);
        assertThat(api().get("/api/v1/events/spine-morning-market").status()).as("in review is not published").isEqualTo(404);

        Api.Answer approved = api().as("supervisor").fire(id, "{\"transition\":\"approve\"}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().getString("state")).isEqualTo("published");

        Api.Answer item = api().get("/api/v1/events/spine-morning-market");
        assertThat(item.status()).isEqualTo(200);
        JsonObject event = item.json();
        assertThat(event.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(event.getJsonObject("title").getString("ja")).isEqualTo("吾妻の朝市（テスト）");
        assertThat(event.getString("kind")).isEqualTo("morning_market");
        assertThat(event.getJsonObject("municipality").getString("slug")).isEqualTo("higashiagatsuma");
        assertThat(event.getJsonObject("municipality").getString("name")).isEqualTo("東吾妻町");
        assertThat(event.getJsonObject("venue").getString("name")).isEqualTo("区役所中杉通り側入口前");
        assertThat(event.getJsonArray("occurrences")).hasSize(2);
        assertThat(event.getJsonArray("occurrences").getJsonObject(1).getString("end")).isEqualTo("13:00");
        assertThat(event.getString("scheduleText")).isEqualTo("7月20日(日)～21日(月) 10:00～14:00 ※最終日13:00まで");
        assertThat(event.getString("publishedAt")).isNotBlank();

        Api.Answer list = api().get("/api/v1/events?from=2031-07-01&to=2031-07-31");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().getJsonArray("items")).extracting(v -> v.asJsonObject().getString("slug"))
                .contains("spine-morning-market");
    }

    @Test
    void theManagementApiNeedsAnAccount() {
        Api.Answer anonymous = api().get("/api/v1/manage/events/1");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.header("WWW-Authenticate")).contains("Basic");
        Api.Answer wrong = api().header("Authorization", "Basic ZWRpdG9yOndyb25n").get("/api/v1/manage/events/1");
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void demoContentIsPublished() {
        Api.Answer municipalities = api().get("/api/v1/municipalities?limit=100");
        assertThat(municipalities.json().getJsonArray("items")).extracting(v -> v.asJsonObject().getString("slug"))
                .containsExactly("nayoro", "higashiagatsuma", "ojiya", "kitashiobara", "minamisoma", "ome", "musashino",
                        "oshino", "minamiizu", "ogasawara");
        Api.Answer events = api().get("/api/v1/events?from=2023-07-01&to=2023-11-30&limit=100");
        assertThat(events.json().getJsonArray("items")).hasSize(21);
    }
}
