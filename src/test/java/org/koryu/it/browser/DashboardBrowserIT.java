package org.koryu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.koryu.it.Api;
import org.openqa.selenium.By;

/**
 * The dashboard tells each person what to do next: what was sent back to them and why, what waits
 * for their review, what is scheduled, and which events come next.
 */
class DashboardBrowserIT extends BrowserIT {

    private long submittedEvent(String author, String slug, String title, LocalDate day) {
        String body = """
                {"slug": "%s", "title": {"ja": "%s"}, "kind": "morning_market", "municipality": "ome",
                 "venue": "ward-office-omekaido-entrance", "occurrences": [{"date": "%s", "start": "09:00", "end": "12:00"}]}
                """.formatted(slug, title, day);
        Api.Answer created = api().as(author).post("/api/v1/manage/events", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        transition(author, id, "{\"transition\":\"submit\"}");
        return id;
    }

    private void transition(String user, long id, String body) {
        Api.Answer answer = api().as(user).fire(id, body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    @Test
    void theAuthorSeesWhatWasSentBackWithTheReviewersComment() {
        long id = submittedEvent("editor2", "dashboard-sent-back", "青梅の朝市（差し戻し）", LocalDate.of(2032, 5, 1));
        transition("supervisor", id, "{\"transition\":\"reject\",\"comment\":\"会場の時間を確認してください\"}");

        Browser b = browser();
        LoginPage.open(b).signInAs("editor2", "koryu-demo");
        assertThat(b.byId("sentBack").getText()).contains("青梅の朝市（差し戻し）").contains("会場の時間を確認してください")
                .contains("supervisor");
        assertThat(b.byId("countSentBack").getText()).matches("(?s)\\d+\\s+差し戻されたもの");
        assertThat(b.byId("countSentBack").getAttribute("class")).contains("count-attention");

        b.find(By.linkText("青梅の朝市（差し戻し）")).click();
        b.waitForPage();
        assertThat(b.url()).contains("/events/edit").contains("id=" + id);
        assertThat(b.byId("form:titleJa").getAttribute("value")).isEqualTo("青梅の朝市（差し戻し）");
    }

    @Test
    void aScheduledPublicationAndTheNextEventsAreListed() {
        LocalDate soon = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(2);
        long id = submittedEvent("editor", "dashboard-scheduled", "青梅の朝市（予約）", soon);
        String at = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(1).withSecond(0).withNano(0).toString();
        transition("supervisor", id, "{\"transition\":\"approve\",\"revision\":1,\"at\":\"" + at + "\"}");

        Browser b = browser();
        LoginPage.open(b).signInAs("supervisor2", "koryu-demo");
        assertThat(b.byId("scheduled").getText()).contains("青梅の朝市（予約）").contains("承認して公開")
                .contains(at.substring(0, 10) + " " + at.substring(11, 16));
        assertThat(b.byId("nextEvents").getText()).contains("青梅の朝市（予約）").contains(soon.toString());
    }
}
