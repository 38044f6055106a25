package org.koryu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A forum report entered through its form: dates shown in the 令和 era, participants and a photo by caption. */
class ReportFormBrowserIT extends BrowserIT {

    private void typeDate(String id, String date) {
        WebElement input = browser().byId(id + "_input");
        input.clear();
        input.sendKeys(date);
    }

    @Test
    void aForumWithParticipantsAndAPhotoCaptionIsSavedAndSentForReview() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", "koryu-demo");
        b.click("nav-reports");
        b.click("create");
        b.type("form:titleJa", "第九回 地方創生・交流自治体連携フォーラム（テスト）");
        typeDate("form:heldOn", "2024-05-18");
        b.byId("form:titleEn").click();
        b.waitForText(By.id("eraText"), "令和6年5月18日");
        new EventFormPage(b).suggest("form:municipality", "吾妻", "東吾妻町");
        b.type("form:moderatorName", "大杉 寛");
        b.type("form:moderatorRole", "東京都立大学教授");
        b.type("form:participants:0:name", "岸本 聡子");
        b.type("form:participants:0:role", "杉並区長");
        b.click("form:addParticipant");
        b.type("form:participants:1:role", "東吾妻町長");
        b.click("form:addPhotoWithoutFile");
        b.type("form:photos:0:caption", "集合写真");
        b.click("form:save");
        b.waitForText(By.id("globalMessages"), "保存しました");
        assertThat(b.url()).matches(".*/reports/edit\\?id=\\d+$");
        String id = b.url().replaceAll(".*id=(\\d+)$", "$1");

        JsonObject report = api().as("editor").get("/api/v1/manage/reports/" + id).json();
        assertThat(report.getString("type")).isEqualTo("forum");
        assertThat(report.getString("heldOn")).isEqualTo("2024-05-18");
        assertThat(report.getString("municipality")).isEqualTo("higashiagatsuma");
        assertThat(report.getJsonObject("moderator").getString("name")).isEqualTo("大杉 寛");
        assertThat(report.getJsonArray("participants")).hasSize(2);
        assertThat(report.getJsonArray("participants").getJsonObject(1).getString("role")).isEqualTo("東吾妻町長");
        assertThat(report.getJsonArray("photos").getJsonObject(0).getString("caption")).isEqualTo("集合写真");

        b.click("form:submit");
        b.waitForText(By.id("globalMessages"), "第九回");
        assertThat(api().as("editor").get("/api/v1/manage/reports/" + id).json().getString("state")).isEqualTo("in_review");
    }
}
