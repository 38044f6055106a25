package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;

/** Drafting and publishing over the management API as the demo editor and supervisor, for tests that need published content. */
final class Publishing {

    private final Api api;

    Publishing(Api api) {
        this.api = api;
    }

    /** An event's JSON; without a slug (null) when revising, since the slug stays as it was. */
    static String event(String slug, String title, String kind, String municipality, String venue, String... days) {
        StringBuilder occurrences = new StringBuilder();
        for (String day : days) {
            occurrences.append(occurrences.length() == 0 ? "" : ",")
                    .append("{\"date\": \"").append(day).append("\", \"start\": \"10:00\", \"end\": \"15:00\"}");
        }
        return """
                {%s"title": {"ja": "%s"}, "kind": "%s", "municipality": "%s", "venue": "%s",
                 "occurrences": [%s], "description": "<p>%s の説明</p>"}
                """.formatted(slug == null ? "" : "\"slug\": \"" + slug + "\", ", title, kind, municipality, venue, occurrences, title);
    }

    long draft(String json) {
        Api.Answer created = api.as("editor").post("/api/v1/manage/events", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    long publish(String json) {
        long id = draft(json);
        approve(id);
        return id;
    }

    void approve(long id) {
        transition("editor", id, "submit");
        transition("supervisor", id, "approve");
    }

    void unpublish(long id) {
        transition("supervisor", id, "unpublish");
    }

    /** Saves a new revision of an item (a draft beside its live version) and has it approved. */
    void revise(long id, String json) {
        Api.Answer current = api.as("editor").get("/api/v1/manage/events/" + id);
        Api.Answer saved = api.as("editor").header("If-Match", current.header("ETag")).put("/api/v1/manage/events/" + id, json);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        approve(id);
    }

    void transition(String user, long id, String transition) {
        Api.Answer answer = api.as(user).fire(id, "{\"transition\": \"" + transition + "\", \"comment\": \"test\"}");
        assertThat(answer.status()).as(transition + " " + id + ": " + answer).isEqualTo(200);
    }
}
