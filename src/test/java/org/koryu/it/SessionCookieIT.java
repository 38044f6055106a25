package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The editor's session cookie: never readable by scripts, not sent along with other sites'
 * requests, Secure when the browser came over https through the trusted proxy (the tests'
 * KORYU_TRUSTED_PROXIES is the loopback address), and a new one at every sign-in.
 */
class SessionCookieIT extends KoryuIT {

    private static List<String> sessionCookies(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    }

    @Test
    void theSignedInSessionCookieIsHttpOnlyAndSameSiteButNotSecureOverPlainHttp() {
        HttpResponse<String> signedIn = new EditorSession(uri("")).signIn("editor", Api.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(sessionCookies(signedIn)).isNotEmpty().allSatisfy(cookie -> assertThat(cookie)
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure"));
    }

    @Test
    void behindTheTrustedProxyOverHttpsTheCookieIsSecure() {
        EditorSession editor = new EditorSession(uri(""));
        String httpsOrigin = editor.origin().replaceFirst("^http:", "https:");

        HttpResponse<String> signedIn = editor.signIn("editor", Api.PASSWORD,
                "X-Forwarded-Proto", "https", "Origin", httpsOrigin);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        List<String> cookies = sessionCookies(signedIn);
        assertThat(cookies).isNotEmpty();
        assertThat(cookies.get(cookies.size() - 1)).as("the cookie the browser keeps is the last")
                .containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void signingInGivesANewSessionId() {
        EditorSession editor = new EditorSession(uri(""));
        editor.get("/login");
        Optional<String> before = session(editor);
        assertThat(before).as("the login page's session").isPresent();

        editor.signIn("editor", Api.PASSWORD);

        Optional<String> after = session(editor);
        assertThat(after).isPresent();
        assertThat(after).isNotEqualTo(before);
        assertThat(editor.get("/events/").statusCode()).isEqualTo(200);
    }

    private static Optional<String> session(EditorSession editor) {
        return editor.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
    }
}
