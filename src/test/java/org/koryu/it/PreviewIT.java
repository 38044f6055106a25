package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Drafts are seen only under /api/v1/preview, with a preview token an admin issued; never through the public endpoints. */
class PreviewIT extends KoryuIT {

    private static final String DRAFT = Publishing.event("preview-draft-fair", "下書きの物産展", "products_fair", "ome",
            "ward-office-gallery", "2042-03-01");

    @Test
    void onlyAdminsIssuePreviewTokens() {
        Api.Answer editor = api().as("editor").post("/api/v1/manage/preview-tokens", "{}");
        assertThat(editor.status()).isEqualTo(403);
        assertThat(editor.header("Content-Type")).startsWith("application/problem+json");
        assertThat(editor.json().getString("detail")).contains("admin");

        Api.Answer anonymous = api().post("/api/v1/manage/preview-tokens", "{}");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");

        Api.Answer tooLong = api().as("admin").post("/api/v1/manage/preview-tokens", "{\"expiresInMinutes\": 100000}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().getString("parameter")).isEqualTo("expiresInMinutes");
    }

    @Test
    void aPreviewTokenShowsTheLatestDraftUntilRevoked() {
        long id = new Publishing(api()).draft(DRAFT);
        Api.Answer issued = api().as("admin").post("/api/v1/manage/preview-tokens",
                "{\"note\": \"ward site staging\", \"expiresInMinutes\": 30}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.header("Cache-Control")).contains("no-store");
        String token = issued.json().getString("token");
        assertThat(token).startsWith("kpv_").hasSizeGreaterThan(40);
        assertThat(issued.json().getString("expiresAt")).isNotBlank();

        assertThat(api().get("/api/v1/events/preview-draft-fair").status()).as("never public").isEqualTo(404);
        assertThat(api().get("/api/v1/events?from=2042-03-01&to=2042-03-01").body()).doesNotContain("preview-draft-fair");

        Api.Answer preview = api().header("Preview-Token", token).get("/api/v1/preview/events/" + id);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        JsonObject draft = preview.json();
        assertThat(draft.getString("slug")).isEqualTo("preview-draft-fair");
        assertThat(draft.getJsonObject("title").getString("ja")).isEqualTo("下書きの物産展");
        assertThat(draft.getJsonObject("municipality").getString("name")).isEqualTo("青梅市");
        assertThat(preview.header("Koryu-State")).isEqualTo("draft");
        assertThat(preview.header("Cache-Control")).contains("no-store");
        assertThat(api().get("/api/v1/preview/events/" + id + "?previewToken=" + token).status()).isEqualTo(200);

        assertThat(api().as("admin").get("/api/v1/manage/preview-tokens").body())
                .contains("ward site staging").doesNotContain(token);
        long tokenId = issued.json().getJsonNumber("id").longValue();
        assertThat(api().as("admin").delete("/api/v1/manage/preview-tokens/" + tokenId).status()).isEqualTo(204);
        Api.Answer revoked = api().header("Preview-Token", token).get("/api/v1/preview/events/" + id);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().getString("detail")).contains("revoked");
    }

    @Test
    void previewsWithoutAValidTokenAreRefused() {
        long id = new Publishing(api()).draft(Publishing.event("preview-refused", "見せない下書き", "other", "ome",
                "ward-office-gallery", "2042-03-02"));
        Api.Answer none = api().get("/api/v1/preview/events/" + id);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("Content-Type")).startsWith("application/problem+json");
        assertThat(none.json().getString("detail")).contains("preview token");
        assertThat(api().header("Preview-Token", "kpv_guessed").get("/api/v1/preview/events/" + id).status()).isEqualTo(401);
        assertThat(api().header("Preview-Token", "kpv_guessed").get("/api/v1/preview/events/999999").status())
                .as("the token is checked before anything is revealed").isEqualTo(401);
    }
}
