package org.koryu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.koryu.it.Api;

/** Content the browser tests open, written through the management API as an editor would. */
final class Seeds {

    private Seeds() {
    }

    /**
     * A products fair in 南相馬市 on one day, saved once per title (the first creates it) and
     * sent for review; its id.
     */
    static long eventInReview(Api editor, String slug, String date, String... titles) {
        long id = 0;
        String etag = null;
        for (int i = 0; i < titles.length; i++) {
            String body = """
                    {"slug": "%s", "title": {"ja": "%s"}, "kind": "products_fair",
                     "municipality": "minamisoma", "venue": "ward-office-omekaido-entrance",
                     "occurrences": [{"date": "%s", "start": "10:00", "end": "%s"}]}
                    """.formatted(slug, titles[i], date, i == 0 ? "15:00" : "16:00");
            Api.Answer saved = i == 0 ? editor.post("/api/v1/manage/events", body)
                    : editor.header("If-Match", etag).put("/api/v1/manage/events/" + id, body);
            assertThat(saved.status()).as(saved.toString()).isEqualTo(i == 0 ? 201 : 200);
            id = i == 0 ? saved.json().getJsonNumber("id").longValue() : id;
            etag = saved.header("ETag");
        }
        assertThat(editor.post("/api/v1/manage/content/" + id + "/transitions", "{\"transition\": \"submit\"}").status())
                .isEqualTo(200);
        return id;
    }
}
