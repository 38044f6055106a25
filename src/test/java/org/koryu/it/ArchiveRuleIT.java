package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The optional archive rule, switched on for the test deployment with a long delay
 * (KORYU_ARCHIVE_EVENT_AFTER_DAYS=4000, see pom.xml): an event that ended more than 4,000 days ago
 * is archived by the system soon after it is published; the demo's 2023 events stay online.
 */
class ArchiveRuleIT extends KoryuIT {

    @Test
    void longPastEventsAreArchivedBySystemAndRecentOnesStay() {
        String body = """
                {"slug": "archive-rule-2012", "title": {"ja": "2012年の物産展"}, "kind": "products_fair",
                 "municipality": "ome", "venue": "ward-office-nakasugi-entrance",
                 "occurrences": [{"date": "2012-05-20", "start": "10:00", "end": "14:00"}]}
                """;
        long id = api().as("editor").post("/api/v1/manage/events", body).json().getJsonNumber("id").longValue();
        api().as("editor").fire(id, "{\"transition\":\"submit\"}");
        assertThat(api().as("supervisor").fire(id, "{\"transition\":\"approve\"}")
                .status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> "archived".equals(api().as("editor").get("/api/v1/manage/events/" + id).json().getString("state")));
        assertThat(api().get("/api/v1/events/archive-rule-2012").status()).isEqualTo(404);
        var last = api().as("editor").get("/api/v1/manage/content/" + id + "/history").json().getJsonArray("history")
                .getJsonObject(3);
        assertThat(last.getString("transition")).isEqualTo("archive");
        assertThat(last.getString("user")).isEqualTo("system");

        assertThat(api().get("/api/v1/events?from=2023-07-01&to=2023-11-30&limit=100").json().getJsonArray("items"))
                .as("2023 is within 4,000 days").hasSize(21);
    }
}
