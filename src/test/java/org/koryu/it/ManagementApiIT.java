package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** The management API's paths and their errors, as API.md lists them, against the real server. */
class ManagementApiIT extends KoryuIT {

    private static String event(String slug, String title, String date) {
        return """
                {"slug": "%s", "title": {"ja": "%s"}, "kind": "products_fair", "municipality": "ome",
                 "venue": "ward-office-nakasugi-entrance",
                 "occurrences": [{"date": "%s", "start": "10:00", "end": "15:00"}]}
                """.formatted(slug, title, date);
    }

    private long create(String slug, String title) {
        Api.Answer created = api().as("editor").post("/api/v1/manage/events", event(slug, title, "2032-05-10"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private Api.Answer transition(String user, long id, String body) {
        return api().as(user).post("/api/v1/manage/content/" + id + "/transitions", body);
    }

    @Test
    void invalidContentIsRefusedFieldByFieldAndNothingIsStored() {
        Api.Answer bad = api().as("editor").post("/api/v1/manage/events",
                event("mgmt-bad-date", "", "2023-02-30").replace("\"ome\"", "\"atlantis\""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        JsonObject problem = bad.json();
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getJsonArray("errors")).extracting(e -> e.asJsonObject().getString("field"))
                .contains("title.ja", "municipality", "occurrences[0].date");
        assertThat(problem.getJsonArray("errors")).as("each with a code a client can act on")
                .extracting(e -> e.asJsonObject().getString("code"))
                .contains("content.japanese_title_required", "municipality.unknown", "event.day_not_in_month");
        assertThat(bad.body()).contains("2023-02-30 is not a real date").contains("28 days");
        assertThat(api().as("editor").post("/api/v1/manage/events", event("mgmt-bad-date", "正しい日付", "2023-02-28")).status())
                .as("the slug is still free: nothing was stored").isEqualTo(201);
    }

    @Test
    void updatesNeedIfMatchAndAStaleOneIsRefused() {
        long id = create("mgmt-etag", "ETagの確認");
        Api editor = api().as("editor");
        Api.Answer current = editor.get("/api/v1/manage/events/" + id);
        String etag = current.header("ETag");
        String body = event("mgmt-etag", "ETagの確認（改）", "2032-05-10");

        assertThat(editor.put("/api/v1/manage/events/" + id, body).status()).isEqualTo(428);
        Api.Answer saved = editor.header("If-Match", etag).put("/api/v1/manage/events/" + id, body);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().getInt("revision")).isEqualTo(2);

        Api.Answer stale = api().as("editor2").header("If-Match", etag).put("/api/v1/manage/events/" + id,
                event("mgmt-etag", "上書きしようとした", "2032-05-10"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(editor.get("/api/v1/manage/events/" + id).json().getJsonObject("title").getString("ja"))
                .as("nothing overwritten").isEqualTo("ETagの確認（改）");
    }

    @Test
    void transitionsAreCheckedOnTheServer() {
        long id = create("mgmt-transitions", "遷移の確認");
        assertThat(transition("editor", id, "{\"transition\":\"approve\"}").status()).as("not in review").isEqualTo(409);
        assertThat(transition("editor", id, "{\"transition\":\"submit\"}").status()).isEqualTo(200);
        assertThat(transition("editor2", id, "{\"transition\":\"approve\"}").status()).as("editors cannot approve").isEqualTo(403);
        Api.Answer noComment = transition("supervisor", id, "{\"transition\":\"reject\"}");
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.json().getString("detail")).contains("comment");
        assertThat(transition("supervisor", id, "{\"transition\":\"fly\"}").status()).isEqualTo(400);
        Api.Answer rejected = transition("supervisor", id, "{\"transition\":\"reject\",\"comment\":\"会場を確認してください\"}");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().getString("state")).isEqualTo("draft");

        JsonObject history = api().as("editor").get("/api/v1/manage/content/" + id + "/history").json();
        assertThat(history.getJsonArray("history")).extracting(e -> e.asJsonObject().getString("transition"))
                .containsExactly("create", "submit", "reject");
        JsonObject reject = history.getJsonArray("history").getJsonObject(2);
        assertThat(reject.getString("user")).isEqualTo("supervisor");
        assertThat(reject.getString("from")).isEqualTo("in_review");
        assertThat(reject.getString("to")).isEqualTo("draft");
        assertThat(reject.getString("comment")).isEqualTo("会場を確認してください");
        assertThat(reject.getInt("revision")).isEqualTo(1);
    }

    @Test
    void nobodyApprovesTheirOwnRevision() {
        Api.Answer created = api().as("supervisor").post("/api/v1/manage/events", event("mgmt-own", "自分の版", "2032-05-11"));
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(transition("supervisor", id, "{\"transition\":\"submit\"}").status()).isEqualTo(200);
        Api.Answer own = transition("supervisor", id, "{\"transition\":\"approve\"}");
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().getString("detail")).contains("supervisor wrote revision 1");
        assertThat(transition("supervisor2", id, "{\"transition\":\"approve\"}").status()).isEqualTo(200);
    }

    @Test
    void anApprovalOfAnOlderRevisionIsRefusedAndTheItemStaysInReview() {
        long id = create("mgmt-bound", "版に結びつく承認");
        Api editor = api().as("editor");
        transition("editor", id, "{\"transition\":\"submit\"}");
        String etag = editor.get("/api/v1/manage/events/" + id).header("ETag");
        editor.header("If-Match", etag).put("/api/v1/manage/events/" + id, event("mgmt-bound", "版に結びつく承認（改）", "2032-05-12"));
        Api.Answer late = transition("supervisor", id, "{\"transition\":\"approve\",\"revision\":1}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().getString("detail")).contains("revision 2 was saved after revision 1");
        JsonObject item = editor.get("/api/v1/manage/events/" + id).json();
        assertThat(item.getString("state")).isEqualTo("in_review");
        assertThat(item.isNull("liveRevision")).isTrue();
        assertThat(transition("supervisor", id, "{\"transition\":\"approve\",\"revision\":2}").status()).isEqualTo(200);
    }

    @Test
    void revisionsDiffAndRestore() {
        long id = create("mgmt-revisions", "版の一覧");
        Api editor = api().as("editor");
        String etag = editor.get("/api/v1/manage/events/" + id).header("ETag");
        editor.header("If-Match", etag).put("/api/v1/manage/events/" + id, event("mgmt-revisions", "版の一覧（二）", "2032-05-13"));

        JsonObject revisions = editor.get("/api/v1/manage/content/" + id + "/revisions").json();
        assertThat(revisions.getJsonArray("revisions")).extracting(r -> r.asJsonObject().getInt("number")).containsExactly(2, 1);
        assertThat(editor.get("/api/v1/manage/content/" + id + "/revisions/1").json().getJsonObject("content")
                .getJsonObject("title").getString("ja")).isEqualTo("版の一覧");

        JsonObject diff = editor.get("/api/v1/manage/content/" + id + "/diff?from=1&to=2").json();
        assertThat(diff.getJsonArray("changes")).extracting(c -> c.asJsonObject().getString("field"))
                .containsExactlyInAnyOrder("title.ja", "occurrences[0].date");

        String current = editor.get("/api/v1/manage/events/" + id).header("ETag");
        Api.Answer restored = editor.header("If-Match", current).post("/api/v1/manage/content/" + id + "/revisions/1/restore", "");
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(restored.json().getInt("revision")).isEqualTo(3);
        assertThat(restored.json().getJsonObject("title").getString("ja")).isEqualTo("版の一覧");
        assertThat(editor.get("/api/v1/manage/content/" + id + "/revisions/3").json().getString("note"))
                .isEqualTo("restored from revision 1");
    }

    @Test
    void aSaveThatRepeatsTheLatestRevisionAddsNone() {
        long id = create("mgmt-repeat", "同じ内容の保存");
        Api editor = api().as("editor");
        String etag = editor.get("/api/v1/manage/events/" + id).header("ETag");
        Api.Answer again = editor.header("If-Match", etag).put("/api/v1/manage/events/" + id,
                event("mgmt-repeat", "同じ内容の保存", "2032-05-10"));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().getInt("revision")).isEqualTo(1);
        assertThat(transition("editor", id, "{\"transition\":\"submit\",\"revision\":1}").status()).isEqualTo(200);
        assertThat(editor.get("/api/v1/manage/content/" + id + "/revisions").json().getJsonArray("revisions")).hasSize(1);
        assertThat(editor.get("/api/v1/manage/events/" + id).json().getString("state")).isEqualTo("in_review");
    }

    @Test
    void racingApprovalsLetExactlyOneWin() throws Exception {
        long id = create("mgmt-race", "同時承認");
        transition("editor", id, "{\"transition\":\"submit\"}");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> racers = new ArrayList<>();
            for (String user : List.of("supervisor", "supervisor2", "supervisor", "supervisor2")) {
                racers.add(() -> transition(user, id, "{\"transition\":\"approve\"}").status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(racers)) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s != 200).allMatch(s -> s == 409);
        } finally {
            pool.shutdownNow();
        }
        JsonObject history = api().as("editor").get("/api/v1/manage/content/" + id + "/history").json();
        assertThat(history.getJsonArray("history")).filteredOn(e -> e.asJsonObject().getString("transition").equals("approve"))
                .hasSize(1);
    }

    @Test
    void racingSavesOfOneRevisionLetExactlyOneWin() throws Exception {
        long id = create("mgmt-save-race", "同時保存");
        String etag = api().as("editor").get("/api/v1/manage/events/" + id).header("ETag");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> racers = new ArrayList<>();
            for (String user : List.of("editor", "editor2", "supervisor", "supervisor2")) {
                racers.add(() -> api().as(user).header("If-Match", etag).put("/api/v1/manage/events/" + id,
                        event("mgmt-save-race", "同時保存 " + user, "2032-05-14")).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(racers)) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s != 200).allMatch(s -> s == 412);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api().as("editor").get("/api/v1/manage/content/" + id + "/revisions").json().getJsonArray("revisions"))
                .hasSize(2);
    }

    @Test
    void everyTypeIsManagedThroughTheSamePaths() {
        Api admin = api().as("admin");
        Api.Answer created = admin.post("/api/v1/manage/venues",
                "{\"name\": \"区役所1階ロビー\", \"nameEn\": \"Ward Office 1F lobby\", \"address\": \"杉並区阿佐谷南1-15-1\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("slug")).as("derived from the English name").isEqualTo("ward-office-1f-lobby");
        long id = created.json().getJsonNumber("id").longValue();
        Api.Answer updated = admin.header("If-Match", created.header("ETag")).put("/api/v1/manage/venues/" + id,
                "{\"name\": \"区役所1階ロビー\", \"address\": \"杉並区阿佐谷南1-15-1\", \"notes\": \"車椅子可\"}");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().getString("notes")).isEqualTo("車椅子可");
        assertThat(admin.get("/api/v1/manage/events/" + id).status()).as("not an event").isEqualTo(404);
        assertThat(admin.get("/api/v1/manage/content/" + id).json().getString("contentType")).isEqualTo("venue");
    }
}
