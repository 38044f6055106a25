package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of answer carries the security headers and names no server software: editor pages,
 * the login page, static files, the delivery and management API, media, refusals and error pages.
 */
class SecurityHeadersIT extends KoryuIT {

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource({
            "login page, /login, , 200",
            "editor page signed in, /events/, session, 200",
            "editor page without session, /events/, , 302",
            "admin page for an editor, /admin/accounts, session, 403",
            "missing page, /no-such-page.xhtml, session, 404",
            "stylesheet, /jakarta.faces.resource/css/koryu.css.xhtml, , 200",
            "PrimeFaces script, /jakarta.faces.resource/core.js.xhtml?ln=primefaces, , 200",
            "delivery list, /api/v1/events?limit=1, , 200",
            "delivery miss, /api/v1/events/no-such-event, , 404",
            "management without credentials, /api/v1/manage/content/1, , 401",
            "management (a missing item), /api/v1/manage/content/999999999, basic, 404",
            "missing media, /media/999999/none.png, , 404",
            "OpenAPI, /openapi, , 200",
    })
    void everyAnswerCarriesTheSecurityHeaders(String what, String path, String how, int status) {
        Api.Answer answer;
        if ("session".equals(how)) {
            EditorSession editor = new EditorSession(uri(""));
            editor.signIn("editor", Api.PASSWORD);
            answer = new Api.Answer(editor.get(path));
        } else {
            answer = ("basic".equals(how) ? api().as("editor") : api()).get(path);
        }

        assertThat(answer.status()).as(what).isEqualTo(status);
        assertThat(answer.header("Content-Security-Policy")).as(what)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "script-src 'self'")
                .doesNotContain("unsafe-inline' ;", "'unsafe-eval'")
                .satisfies(csp -> assertThat(csp.substring(csp.indexOf("script-src"))).doesNotContain("unsafe-inline"));
        assertThat(answer.response().headers().allValues("Content-Security-Policy")).as(what + ": one policy").hasSize(1);
        assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(answer.header("Referrer-Policy")).as(what).isEqualTo("same-origin");
        assertThat(answer.header("Permissions-Policy")).as(what).contains("camera=()", "geolocation=()");
        assertThat(answer.header("Server")).as(what).isNull();
        assertThat(answer.header("X-Powered-By")).as(what).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/login", "/events/"})
    void facesPagesAllowTheirOwnScriptsByNonce(String path) {
        EditorSession editor = new EditorSession(uri(""));
        editor.signIn("editor", Api.PASSWORD);
        Api.Answer page = new Api.Answer(editor.get(path));

        String csp = page.header("Content-Security-Policy");
        assertThat(csp).containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}'");
        String nonce = csp.replaceFirst("(?s).*'nonce-([^']+)'.*", "$1");
        assertThat(page.body()).contains("nonce=\"" + nonce + "\"");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bnonce=)(?![^>]*\\bsrc=)[^>]*>");
    }
}
