package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A page on another site that makes a signed-in editor's browser post to Koryu gets 403 and a page
 * saying why, whatever the form holds; Koryu's own pages post as before.
 */
class CrossSitePostIT extends KoryuIT {

    private static final String EVIL = "https://evil.example";

    private EditorSession signedIn() {
        EditorSession editor = new EditorSession(uri(""));
        assertThat(editor.signIn("editor", Api.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(editor.get("/events/").statusCode()).isEqualTo(200);
        return editor;
    }

    private static Map<String, String> listForm(EditorSession editor) {
        return EditorSession.formOf(editor.get("/events/"));
    }

    @Test
    void aPostFromAnotherSitesPageIsRefused() {
        EditorSession editor = signedIn();

        HttpResponse<String> refused = editor.post("/events/", listForm(editor), "Origin", EVIL);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(refused.body()).contains("This form was sent from another site's page and was refused");
    }

    @Test
    void fetchMetadataOfAnotherSiteIsRefusedEvenWithAMatchingOrigin() {
        EditorSession editor = signedIn();

        HttpResponse<String> refused = editor.post("/events/", listForm(editor),
                "Sec-Fetch-Site", "cross-site", "Origin", editor.origin());

        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void aRefererOfAnotherSiteIsRefusedWhenNoOriginIsSent() {
        EditorSession editor = signedIn();

        HttpResponse<String> refused = editor.post("/events/", listForm(editor), "Referer", EVIL + "/trap.html");

        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void aPostFromKoryusOwnPageIsServed() {
        EditorSession editor = signedIn();

        HttpResponse<String> served = editor.post("/events/", listForm(editor),
                "Sec-Fetch-Site", "same-origin", "Origin", editor.origin(), "Referer", editor.origin() + "/events/");

        assertThat(served.statusCode()).as("handled by Faces, not refused").isIn(200, 302);
        assertThat(served.body()).doesNotContain("was refused");
    }

    @Test
    void anotherSiteCannotSignABrowserIntoItsOwnAccount() {
        EditorSession victim = new EditorSession(uri(""));

        HttpResponse<String> refused = victim.signIn("editor", Api.PASSWORD, "Origin", EVIL);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(victim.get("/events/").statusCode()).as("still signed out").isEqualTo(302);
    }
}
