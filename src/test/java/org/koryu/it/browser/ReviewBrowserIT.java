package org.koryu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.koryu.it.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A supervisor's review in Chromium: both revisions side by side with the changes marked, a
 * warning when the venue is taken at the same time, sending back only with a comment, and an
 * approval that publishes at a chosen time.
 */
class ReviewBrowserIT extends BrowserIT {

    private static final String VENUE = "ward-office-gallery";

    private static String event(String slug, String title, String date, String start, String end) {
        return """
                {"slug": "%s", "title": {"ja": "%s"}, "kind": "photo_exhibition", "municipality": "oshino",
                 "venue": "%s", "occurrences": [{"date": "%s", "start": "%s", "end": "%s"}]}
                """.formatted(slug, title, VENUE, date, start, end);
    }

    private long create(String author, String body) {
        Api.Answer created = api().as(author).post("/api/v1/manage/events", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private JsonObject transition(String user, long id, String body) {
        Api.Answer answer = api().as(user).fire(id, body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private String state(long id) {
        return api().as("editor").get("/api/v1/manage/events/" + id).json().getString("state");
    }

    /** An event published with one title, then saved with another and submitted: only the title differs from the live one. */
    private long publishedThenRetitled(String slug, String before, String after, String date) {
        long id = create("editor", event(slug, before, date, "10:00", "16:00"));
        transition("editor", id, "{\"transition\":\"submit\"}");
        transition("supervisor2", id, "{\"transition\":\"approve\",\"revision\":1}");
        Api.Answer current = api().as("editor").get("/api/v1/manage/events/" + id);
        Api.Answer saved = api().as("editor").header("If-Match", current.header("ETag"))
                .put("/api/v1/manage/events/" + id, event(slug, after, date, "10:00", "16:00"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        transition("editor", id, "{\"transition\":\"submit\"}");
        return id;
    }

    private void openReview(long id) {
        Browser b = browser();
        LoginPage.open(b).signInAs("supervisor", "koryu-demo");
        b.open("/review?id=" + id);
    }

    @Test
    void aClashAtTheVenueIsShownAndSendingBackNeedsAComment() {
        long published = create("editor", event("review-venue-taken", "忍野村写真展（先約）", "2032-06-05", "10:00", "15:00"));
        transition("editor", published, "{\"transition\":\"submit\"}");
        transition("supervisor2", published, "{\"transition\":\"approve\",\"revision\":1}");
        long submitted = create("editor2", event("review-venue-wanted", "忍野村写真展（重複）", "2032-06-05", "14:00", "16:00"));
        transition("editor2", submitted, "{\"transition\":\"submit\"}");

        openReview(submitted);
        Browser b = browser();
        assertThat(b.byId("clashes").getText()).contains("忍野村写真展（先約）").contains("2032-06-05");
        assertThat(b.byId("sideBySide").getText()).contains("忍野村写真展（重複）");

        b.click("decide:reject");
        assertThat(b.byId("decide:commentMessage").getText()).contains("差し戻す理由を書いてください");
        assertThat(state(submitted)).as("nothing happened without a comment").isEqualTo("in_review");

        b.type("decide:comment", "別の会場を選んでください");
        b.click("decide:reject");
        b.waitForText(By.id("globalMessages"), "差し戻す");
        assertThat(state(submitted)).isEqualTo("draft");
        assertThat(api().as("editor").get("/api/v1/manage/content/" + submitted + "/history").body())
                .contains("別の会場を選んでください");
    }

    @Test
    void theAuthorsOwnReviewOffersWithdrawWithACommentAndNeverApproval() {
        long id = create("supervisor", event("review-own", "忍野村写真展（自分の版）", "2032-09-01", "10:00", "15:00"));
        transition("supervisor", id, "{\"transition\":\"submit\"}");

        openReview(id);
        Browser b = browser();
        assertThat(b.driver().findElements(By.id("decide:approve"))).as("nobody approves their own work").isEmpty();
        assertThat(b.driver().findElements(By.id("decide:approveLater"))).isEmpty();
        assertThat(b.byId("decide:ownWork").getText()).contains("別の承認者");
        assertThat(api().as("supervisor").post("/api/v1/manage/content/" + id + "/transitions",
                "{\"transition\":\"approve\",\"revision\":1}").status()).as("refused on the server too").isEqualTo(403);

        b.type("decide:comment", "日付を確かめてから出し直します");
        b.click("decide:withdraw");
        b.waitForText(By.id("globalMessages"), "忍野村写真展（自分の版）");
        assertThat(state(id)).isEqualTo("draft");
        assertThat(api().as("editor").get("/api/v1/manage/content/" + id + "/history").body())
                .contains("日付を確かめてから出し直します");
    }

    @Test
    void someoneWhoMayDoNothingHereSeesNoCommentBox() {
        long id = create("editor", event("review-not-mine", "忍野村写真展（他人の版）", "2032-09-02", "10:00", "15:00"));
        transition("editor", id, "{\"transition\":\"submit\"}");
        Browser b = browser();
        LoginPage.open(b).signInAs("editor2", "koryu-demo");
        b.open("/review?id=" + id);
        assertThat(b.byId("decide:nothingToDo").getText()).contains("あなたが行える操作はありません");
        assertThat(b.driver().findElements(By.id("decide:comment"))).isEmpty();
    }

    @Test
    void anApprovalOfARevisionSavedOverMeanwhileIsRefusedInJapanese() {
        long id = create("editor", event("review-outdated", "忍野村写真展 確認した版", "2032-08-01", "10:00", "16:00"));
        transition("editor", id, "{\"transition\":\"submit\"}");
        openReview(id);

        Api.Answer current = api().as("editor").get("/api/v1/manage/events/" + id);
        Api.Answer saved = api().as("editor").header("If-Match", current.header("ETag"))
                .put("/api/v1/manage/events/" + id, event("review-outdated", "忍野村写真展 新しい版", "2032-08-01", "10:00", "16:00"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

        Browser b = browser();
        b.click("decide:approve");
        b.waitForText(By.id("globalMessages"), "確認した第1版の後に第2版が保存されました。先に第2版を確認してください。");
        assertThat(state(id)).as("nothing was approved").isEqualTo("in_review");
    }

    @Test
    void aTitleOnlyChangeLooksChangedInTheTitleRowAlone() {
        long id = publishedThenRetitled("review-title-only", "忍野村写真展 旧題", "忍野村写真展 新題", "2032-07-03");

        openReview(id);
        // What the reviewer sees: which rows carry a change colour or a strike-through.
        @SuppressWarnings("unchecked")
        List<String> looksChanged = (List<String>) browser().script("""
                return Array.from(document.querySelectorAll('#sideBySide tbody tr'))
                    .filter(tr => Array.from(tr.querySelectorAll('td')).some(td => {
                        const s = getComputedStyle(td);
                        return s.textDecorationLine.includes('line-through') || s.backgroundColor !== 'rgba(0, 0, 0, 0)';
                    }))
                    .map(tr => tr.querySelector('td:last-child').textContent.trim());""");
        assertThat(looksChanged).containsExactly("忍野村写真展 新題");
        assertThat(browser().byId("changedCount").getText()).isEqualTo("1");
        // In words, not data: labels, names and the ward's schedule line.
        assertThat(browser().byId("sideBySide").getText())
                .contains("タイトル（日本語）", "会場", "区役所2階区民ギャラリー", "写真展", "忍野村", "日程", "10:00～16:00")
                .doesNotContain("title.ja", "ward-office-gallery", "photo_exhibition", "oshino", "occurrences[", "scheduled", "null");
    }

    @Test
    void changedFieldsAreMarkedAndAnApprovalCanWaitForItsTime() {
        long id = publishedThenRetitled("review-changed", "忍野村写真展 第1版", "忍野村写真展 第2版", "2032-07-01");

        openReview(id);
        Browser b = browser();
        WebElement titleRow = b.find(By.xpath("//table[@id='sideBySide']//tr[th[starts-with(normalize-space(.),'タイトル（日本語）')]]"));
        assertThat(titleRow.getAttribute("class")).contains("changed");
        assertThat(titleRow.getText()).contains("忍野村写真展 第1版").contains("忍野村写真展 第2版").contains("（変更）");
        WebElement venueRow = b.find(By.xpath("//table[@id='sideBySide']//tr[th[normalize-space(.)='会場']]"));
        assertThat(venueRow.getAttribute("class")).doesNotContain("changed");

        b.click("decide:approveLater");
        assertThat(b.byId("decide:approveAtMessage").getText()).contains("公開する日時を選んでください");

        String at = LocalDateTime.now(ZoneId.of("Asia/Tokyo")).plusDays(3).withHour(9).withMinute(0).toString().substring(0, 16)
                .replace('T', ' ');
        WebElement input = b.byId("decide:approveAt_input");
        input.clear();
        input.sendKeys(at);
        b.click("decide:approveLater");
        b.waitForText(By.id("globalMessages"), "に公開されます");

        JsonObject item = api().as("editor").get("/api/v1/manage/events/" + id).json();
        assertThat(item.getString("state")).isEqualTo("in_review");
        assertThat(api().get("/api/v1/events/review-changed").json().getJsonObject("title").getString("ja"))
                .as("the live version stays until the scheduled time").isEqualTo("忍野村写真展 第1版");
        assertThat(b.byId("scheduled").getText()).contains("忍野村写真展 第2版").contains(at);
    }
}
