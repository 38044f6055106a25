package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/** The OpenAPI document at /openapi describes every path API.md fixes, with its answers and errors. */
class OpenApiIT extends KoryuIT {

    /** The paths of API.md, delivery and management, and the archive's export and import. */
    private static final List<String> API_MD = List.of(
            "/api/v1/events", "/api/v1/events/{slug}", "/api/v1/events.ics",
            "/api/v1/reports", "/api/v1/reports/{slug}",
            "/api/v1/municipalities", "/api/v1/municipalities/{slug}", "/api/v1/venues", "/api/v1/sync",
            "/api/v1/manage/events", "/api/v1/manage/events/{id}",
            "/api/v1/manage/reports", "/api/v1/manage/reports/{id}",
            "/api/v1/manage/municipalities", "/api/v1/manage/municipalities/{id}",
            "/api/v1/manage/venues", "/api/v1/manage/venues/{id}",
            "/api/v1/manage/content/{id}/transitions", "/api/v1/manage/content/{id}/revisions",
            "/api/v1/manage/content/{id}/revisions/{n}", "/api/v1/manage/content/{id}/diff",
            "/api/v1/manage/content/{id}/history", "/api/v1/manage/import/calendar",
            "/api/v1/preview/{collection}/{id}", "/api/v1/manage/preview-tokens", "/api/v1/manage/export",
            "/api/v1/manage/import");

    @Test
    void everyPathOfTheContractIsDescribed() {
        Api.Answer answer = api().header("Accept", "application/json").get("/openapi");
        assertThat(answer.status()).isEqualTo(200);
        JsonObject paths = answer.json().getJsonObject("paths");
        assertThat(paths.keySet()).containsAll(API_MD);

        JsonObject list = paths.getJsonObject("/api/v1/events").getJsonObject("get");
        JsonObject shared = answer.json().getJsonObject("components").getJsonObject("parameters");
        List<String> parameters = list.getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
                .map(p -> p.containsKey("$ref") ? shared.getJsonObject(p.getString("$ref").replace("#/components/parameters/", "")) : p)
                .map(p -> p.getString("name")).toList();
        assertThat(parameters).contains("from", "to", "municipality", "kind", "venue", "q", "limit", "cursor");
        assertThat(list.getJsonObject("responses").keySet()).contains("200", "304", "400");
        assertThat(paths.getJsonObject("/api/v1/events/{slug}").getJsonObject("get").getJsonObject("responses").keySet())
                .contains("200", "304", "404");
        assertThat(paths.getJsonObject("/api/v1/manage/events/{id}").getJsonObject("put").getJsonObject("responses").keySet())
                .contains("200", "400", "401", "412", "428");
        assertThat(answer.json().getJsonObject("components").getJsonObject("schemas").keySet()).contains("Problem", "Event");
    }
}
