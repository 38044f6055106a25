package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Transitions at a set instant: an approval with {@code at} publishes then (the scheduler looks
 * every second in tests), an unpublish can wait for its time too, and a save after the approval
 * cancels the scheduled publication, which approved an older revision.
 */
class ScheduleIT extends KoryuIT {

    private long submitted(String slug) {
        String body = """
                {"slug": "%s", "title": {"ja": "予約公開 %s"}, "kind": "products_fair", "municipality": "nayoro",
                 "venue": "ward-office-omekaido-entrance", "occurrences": [{"date": "2033-10-20", "start": "11:00", "end": "19:00"}]}
                """.formatted(slug, slug);
        long id = api().as("editor").post("/api/v1/manage/events", body).json().getJsonNumber("id").longValue();
        assertThat(api().as("editor").fire(id, "{\"transition\":\"submit\"}").status())
                .isEqualTo(200);
        return id;
    }

    /**
     * An instant that many seconds ahead. Leave room: on a busy machine a request can take seconds
     * (each checks a PBKDF2 password), and a time already past is refused.
     */
    private static String inSeconds(int seconds) {
        return OffsetDateTime.now(ZoneOffset.ofHours(9)).plusSeconds(seconds).withNano(0).toString();
    }

    @Test
    void anApprovalAtAnInstantPublishesThen() {
        long id = submitted("schedule-approve");
        Api.Answer scheduled = api().as("supervisor").fire(id,
                "{\"transition\":\"approve\",\"at\":\"" + inSeconds(10) + "\",\"revision\":1}");
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
        assertThat(scheduled.json().getString("state")).isEqualTo("in_review");
        assertThat(scheduled.json().getJsonObject("scheduled").getString("transition")).isEqualTo("approve");
        assertThat(api().get("/api/v1/events/schedule-approve").status()).as("not before its time").isEqualTo(404);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> api().get("/api/v1/events/schedule-approve").status() == 200);
        JsonObject item = api().as("editor").get("/api/v1/manage/events/" + id).json();
        assertThat(item.getString("state")).isEqualTo("published");
        assertThat(item.getJsonArray("schedules")).isEmpty();
        assertThat(api().as("editor").get("/api/v1/manage/content/" + id + "/history").json().getJsonArray("history"))
                .extracting(e -> e.asJsonObject().getString("transition"))
                .containsExactly("create", "submit", "schedule-approve", "approve");
    }

    @Test
    void anUnpublishCanWaitForItsTime() {
        long id = submitted("schedule-unpublish");
        api().as("supervisor").fire(id, "{\"transition\":\"approve\"}");
        assertThat(api().get("/api/v1/events/schedule-unpublish").status()).isEqualTo(200);
        // Far enough ahead that the request (password check included) arrives before it on a loaded machine.
        Api.Answer later = api().as("supervisor2").fire(id, "{\"transition\":\"unpublish\",\"at\":\"" + inSeconds(10) + "\"}");
        assertThat(later.status()).as(later.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> api().get("/api/v1/events/schedule-unpublish").status() == 404);
        assertThat(api().as("editor").get("/api/v1/manage/events/" + id).json().getString("state")).isEqualTo("archived");
    }

    @Test
    void aSaveAfterTheApprovalCancelsTheScheduledPublication() {
        long id = submitted("schedule-cancelled");
        // Far enough ahead that the save below comes first even on a busy machine.
        api().as("supervisor").fire(id, "{\"transition\":\"approve\",\"at\":\"" + inSeconds(20) + "\"}");
        Api editor = api().as("editor");
        String etag = editor.get("/api/v1/manage/events/" + id).header("ETag");
        String changed = """
                {"title": {"ja": "予約公開（承認後に変更）"}, "kind": "products_fair", "municipality": "nayoro",
                 "venue": "ward-office-omekaido-entrance", "occurrences": [{"date": "2033-10-21", "start": "10:00", "end": "16:00"}]}
                """;
        assertThat(editor.header("If-Match", etag).put("/api/v1/manage/events/" + id, changed).status()).isEqualTo(200);
        JsonObject item = editor.get("/api/v1/manage/events/" + id).json();
        assertThat(item.getJsonArray("schedules")).as("the approval was for revision 1").isEmpty();
        assertThat(editor.get("/api/v1/manage/content/" + id + "/history").json().getJsonArray("history"))
                .extracting(e -> e.asJsonObject().getString("transition")).contains("cancel-schedule");
        // Past the scheduled instant, the unreviewed revision is still not delivered.
        await().pollDelay(Duration.ofSeconds(22)).atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/v1/events/schedule-cancelled").status() == 404);
    }

    @Test
    void aScheduleInThePastIsRefused() {
        long id = submitted("schedule-past");
        Api.Answer past = api().as("supervisor").fire(id, "{\"transition\":\"approve\",\"at\":\"2020-01-01T09:00:00+09:00\"}");
        assertThat(past.status()).isEqualTo(409);
        assertThat(past.json().getString("detail")).contains("not in the future");
        Api.Answer garbled = api().as("supervisor").fire(id, "{\"transition\":\"approve\",\"at\":\"next monday\"}");
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.body()).contains("\"field\":\"at\"");
    }
}
