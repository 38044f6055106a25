package org.koryu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.koryu.it.Api;
import org.openqa.selenium.By;

/**
 * An item's history in Chromium: the revisions and audit trail, any two revisions compared field
 * by field, an old revision restored (after confirming) as a new one, and a restore refused when
 * someone saved after the page was opened, as the API refuses a stale If-Match.
 */
class HistoryBrowserIT extends BrowserIT {

    private static String event(String title, String date, String end) {
        return """
                {"slug": "history-%s", "title": {"ja": "%s"}, "kind": "photo_exhibition", "municipality": "nayoro",
                 "venue": "ward-office-gallery",
                 "occurrences": [{"date": "%s", "start": "10:00", "end": "%s"}]}
                """.formatted(date, title, date, end);
    }

    private long eventWithTwoRevisions(String date) {
        Api editor = api().as("editor");
        Api.Answer created = editor.post("/api/v1/manage/events", event("名寄の写真展", date, "16:00"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        Api.Answer saved = editor.header("If-Match", created.header("ETag")).put("/api/v1/manage/events/" + id,
                event("名寄市の写真展（改）", date, "17:00"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        return id;
    }

    @Test
    void revisionsAreComparedAndAnOldOneIsRestoredAsANewRevision() {
        long id = eventWithTwoRevisions("2032-10-05");
        Browser b = browser();
        LoginPage.open(b).signInAs("editor2", Api.PASSWORD);
        HistoryPage history = HistoryPage.open(b, id);
        assertThat(history.revisions()).contains("editor");
        assertThat(history.timeline()).contains("作成", "保存", "editor");

        String changes = history.compare(1, 2);
        assertThat(changes).contains("タイトル（日本語）", "名寄の写真展", "名寄市の写真展（改）", "日程", "10:00～16:00", "10:00～17:00");
        assertThat(changes).doesNotContain("municipality").doesNotContain("title.ja").doesNotContain("occurrences[")
                .doesNotContain("交流自治体");

        history.restore(1);
        b.waitForText(By.id("globalMessages"), "版 1 を版 3 として復元しました");
        assertThat(history.timeline()).contains("古い版を復元", "editor2");
        assertThat(api().as("editor").get("/api/v1/manage/content/" + id + "/revisions/3").json()
                .getJsonObject("content").getJsonObject("title").getString("ja")).isEqualTo("名寄の写真展");
        assertThat(b.byId("historyStatus").getText()).contains("3");
    }

    @Test
    void aRestoreBasedOnAnOutdatedPageOverwritesNothing() {
        long id = eventWithTwoRevisions("2032-10-06");
        Browser b = browser();
        LoginPage.open(b).signInAs("editor2", Api.PASSWORD);
        HistoryPage history = HistoryPage.open(b, id);

        Api editor = api().as("editor");
        String etag = editor.get("/api/v1/manage/events/" + id).header("ETag");
        assertThat(editor.header("If-Match", etag).put("/api/v1/manage/events/" + id, event("別の人の保存", "2032-10-06", "18:00"))
                .status()).isEqualTo(200);

        history.restore(1);
        b.waitForText(By.id("globalMessages"), "版 3 を保存しました");
        assertThat(api().as("editor").get("/api/v1/manage/content/" + id + "/revisions").json().getJsonArray("revisions"))
                .as("nothing was restored over the other save").hasSize(3);
        assertThat(api().as("editor").get("/api/v1/manage/content/" + id + "/revisions/3").json()
                .getJsonObject("content").getJsonObject("title").getString("ja")).isEqualTo("別の人の保存");
    }
}
