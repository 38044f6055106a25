package org.koryu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The whole path in Chromium, clicking as people would: an editor drafts an event in the form and
 * submits it; it is not delivered; a supervisor opens it from the dashboard and approves it; the
 * delivery API serves it.
 */
class EditorialFlowBrowserIT extends BrowserIT {

    private static final String TITLE = "武蔵野市ブラウザ物産展";

    @Test
    void editorDraftsAndSubmitsSupervisorApprovesDeliveryServes() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", "koryu-demo");
        assertThat(b.byId("currentUser").getText()).isEqualTo("編集者 一郎 (editor)");

        EventFormPage.openNew(b)
                .title(TITLE)
                .kind("物産展")
                .municipality("武蔵野市")
                .venue("区役所中杉通り側入口前")
                .day(0, "2031-08-10", "10:00", "15:00")
                .submit();
        b.waitForText(By.id("globalMessages"), "承認に回しました");
        assertThat(api().get("/api/v1/events?from=2031-08-01&to=2031-08-31").body()).doesNotContain(TITLE);

        b.click("userMenu:logout");
        assertThat(b.url()).contains("/login");
        LoginPage.open(b).signInAs("supervisor", "koryu-demo");
        b.find(By.xpath("//table//a[normalize-space(.)='" + TITLE + "']")).click();
        b.waitForPage();
        assertThat(b.byId("reviewStatus").getText()).contains("承認待ち").contains("editor");
        assertThat(b.text()).contains(TITLE);
        b.click("decide:approve");
        b.waitForText(By.id("globalMessages"), "承認して公開");

        assertThat(api().get("/api/v1/events?from=2031-08-01&to=2031-08-31").json().getJsonArray("items"))
                .extracting(v -> v.asJsonObject().getJsonObject("title").getString("ja"))
                .containsExactly(TITLE);
    }

    @Test
    void aSupervisorIsNotOfferedTheApprovalOfTheirOwnRevision() {
        Browser b = browser();
        LoginPage.open(b).signInAs("supervisor2", "koryu-demo");
        EventFormPage.openNew(b)
                .title("監督者が書いた写真展")
                .kind("写真展")
                .municipality("青梅市")
                .venue("区役所2階区民ギャラリー")
                .day(0, "2031-09-01", "10:00", "16:00")
                .submit();
        b.waitForText(By.id("globalMessages"), "承認に回しました");
        assertThat(b.byId("awaitingReview").getText()).as("own work does not wait for one's own review")
                .doesNotContain("監督者が書いた写真展");
    }

    @Test
    void protectedPagesLeadToTheLoginPage() {
        Browser b = browser();
        b.open("/events/edit");
        assertThat(b.url()).contains("/login").contains("next=");
        b.type("login:username", "editor");
        b.type("login:password", "wrong-password");
        b.click("login:submit");
        assertThat(b.text()).contains("ユーザー名またはパスワードが違います");
    }
}
