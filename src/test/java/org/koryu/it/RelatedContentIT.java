package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Related content never leaks: an event shows the published version of its municipality and
 * venue, never a draft; it cannot be published while they are not; they cannot be unpublished
 * while published items show them, and the refusal says which.
 */
class RelatedContentIT extends KoryuIT {

    private static final String TOWN = "{\"slug\": \"%s\", \"name\": \"%s\", \"nameEn\": \"Test\", \"prefecture\": \"山梨県\", \"kind\": \"town\"}";
    private static final String VENUE = "{\"slug\": \"%s\", \"name\": \"%s\", \"address\": \"%s\"}";
    private static final String EVENT = """
            {"slug": "%s", "title": {"ja": "関係のテスト"}, "kind": "other", "municipality": "%s", "venue": "%s",
             "occurrences": [{"date": "2035-03-03", "start": "10:00", "end": "12:00"}]}
            """;

    private JsonObject create(String collection, String json) {
        Api.Answer created = api().as("editor").post("/api/v1/manage/" + collection, json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private static long id(JsonObject item) {
        return item.getJsonNumber("id").longValue();
    }

    private void saveDraft(String collection, long id, String json) {
        Api editor = api().as("editor");
        String etag = editor.get("/api/v1/manage/" + collection + "/" + id).header("ETag");
        Api.Answer saved = editor.header("If-Match", etag).put("/api/v1/manage/" + collection + "/" + id, json);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    @Test
    void anEventShowsThePublishedVersionOfItsMunicipalityAndVenueNeverADraft() {
        long town = id(create("municipalities", TOWN.formatted("it-rel-town", "関係町")));
        long hall = id(create("venues", VENUE.formatted("it-rel-hall", "関係ホール", "杉並区1-1")));
        publish(town);
        publish(hall);
        publish(id(create("events", EVENT.formatted("it-rel-event", "it-rel-town", "it-rel-hall"))));

        saveDraft("municipalities", town, TOWN.formatted("it-rel-town", "関係町（下書き）"));
        saveDraft("venues", hall, VENUE.formatted("it-rel-hall", "関係ホール（下書き）", "杉並区9-9"));
        JsonObject event = api().get("/api/v1/events/it-rel-event").json();
        assertThat(event.getJsonObject("municipality").getString("name")).isEqualTo("関係町");
        assertThat(event.getJsonObject("venue").getString("name")).isEqualTo("関係ホール");
        assertThat(event.getJsonObject("venue").getString("address")).isEqualTo("杉並区1-1");
        assertThat(api().get("/api/v1/municipalities/it-rel-town").json().getString("name")).isEqualTo("関係町");

        assertThat(fire("editor", town, "submit").status()).isEqualTo(200);
        assertThat(fire("supervisor", town, "approve").status()).isEqualTo(200);
        assertThat(api().get("/api/v1/events/it-rel-event").json().getJsonObject("municipality").getString("name"))
                .as("approval of the new version shows it with the event at once").isEqualTo("関係町（下書き）");
        assertThat(api().get("/api/v1/events/it-rel-event").json().getJsonObject("venue").getString("name"))
                .as("the venue's draft is still not shown").isEqualTo("関係ホール");
    }

    @Test
    void anEventWhoseMunicipalityOrVenueWasNeverPublishedIsNotPublished() {
        create("municipalities", TOWN.formatted("it-never-town", "未公開町"));
        create("venues", VENUE.formatted("it-never-hall", "未公開ホール", "杉並区2-2"));
        long event = id(create("events", EVENT.formatted("it-never-event", "it-never-town", "it-never-hall")));
        assertThat(fire("editor", event, "submit").status()).isEqualTo(200);

        Api.Answer refused = fire("supervisor", event, "approve");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).contains("municipality 'it-never-town'").contains("venue 'it-never-hall'")
                .contains("not published");
        assertThat(api().get("/api/v1/events/it-never-event").status()).isEqualTo(404);
        assertThat(api().as("editor").get("/api/v1/manage/events/" + event).json().getString("state")).isEqualTo("in_review");
    }

    @Test
    void aMunicipalityOrVenueUsedByPublishedItemsIsNotUnpublishedAndTheRefusalNamesThem() {
        long town = id(create("municipalities", TOWN.formatted("it-used-town", "使用町")));
        long hall = id(create("venues", VENUE.formatted("it-used-hall", "使用ホール", "杉並区3-3")));
        publish(town);
        publish(hall);
        long event = id(create("events", EVENT.formatted("it-used-event", "it-used-town", "it-used-hall")));
        publish(event);
        long report = id(create("reports", """
                {"slug": "it-used-report", "type": "project", "title": {"ja": "使用町プロジェクト"}, "heldOn": "2035-01-01",
                 "relatedMunicipalities": ["it-used-town"]}
                """));
        publish(report);

        Api.Answer townRefused = fire("supervisor", town, "unpublish");
        assertThat(townRefused.status()).isEqualTo(409);
        assertThat(townRefused.json().getString("detail")).contains("event 'it-used-event'").contains("report 'it-used-report'");
        assertThat(townRefused.json().getJsonArray("items")).hasSize(2);
        Api.Answer hallRefused = fire("supervisor", hall, "unpublish");
        assertThat(hallRefused.status()).isEqualTo(409);
        assertThat(hallRefused.json().getString("detail")).contains("event 'it-used-event'").doesNotContain("report");
        assertThat(api().get("/api/v1/municipalities/it-used-town").status()).isEqualTo(200);

        assertThat(fire("supervisor", event, "unpublish").status()).isEqualTo(200);
        assertThat(fire("supervisor", hall, "unpublish").status()).as("no longer used").isEqualTo(200);
        assertThat(fire("supervisor", town, "unpublish").status()).as("the report still shows it").isEqualTo(409);
        assertThat(fire("supervisor", report, "unpublish").status()).isEqualTo(200);
        assertThat(fire("supervisor", town, "unpublish").status()).isEqualTo(200);
        assertThat(api().get("/api/v1/municipalities/it-used-town").status()).isEqualTo(404);
    }
}
