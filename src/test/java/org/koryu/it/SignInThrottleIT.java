package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * Guessing passwords is throttled per account name and per address (the tests' settings: 5 and 20
 * failures, a 15-second wait, long enough to outlast the password hashing of a busy machine; the loopback address is the trusted proxy, so each test claims its
 * own client address with X-Forwarded-For). Unknown names are answered exactly like known ones,
 * and the right password works again once the wait is over.
 */
class SignInThrottleIT extends KoryuIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /** Signed in: whatever the item's answer is, it is neither a refusal of the credential nor a wait. */
    private static boolean accepted(int status) {
        return status != 401 && status != 429;
    }

    private Api from(String address) {
        return api().header("X-Forwarded-For", address);
    }

    private static Api withPassword(Api api, String name, String password) {
        return api.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((name + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void apiSignInIsRefusedWith429AfterFiveFailuresForTheAccountAndWorksAgainAfterTheWait() {
        Api attacker = from("198.51.100.21");
        for (int i = 0; i < 5; i++) {
            assertThat(withPassword(attacker, "supervisor2", "guess-" + i).get("/api/v1/manage/content/1").status())
                    .isEqualTo(401);
        }

        Api.Answer refused = withPassword(from("198.51.100.99"), "supervisor2", Api.PASSWORD).get("/api/v1/manage/content/1");

        assertThat(refused.status()).as("locked for every address, the right password included").isEqualTo(429);
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 15);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().getString("code")).isEqualTo("sign-in-throttled");
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() ->
                accepted(withPassword(from("198.51.100.99"), "supervisor2", Api.PASSWORD).get("/api/v1/manage/content/1").status()));
    }

    @Test
    void anUnknownNameIsAnsweredExactlyLikeAKnownOne() {
        for (int i = 0; i < 5; i++) {
            Api.Answer known = withPassword(from("198.51.100.31"), "editor2", "guess-" + i).get("/api/v1/manage/content/1");
            Api.Answer unknown = withPassword(from("198.51.100.32"), "no-such-editor", "guess-" + i).get("/api/v1/manage/content/1");
            assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(401);
            assertThat(unknown.body()).isEqualTo(known.body());
        }
        Api.Answer known = withPassword(from("198.51.100.31"), "editor2", "guess").get("/api/v1/manage/content/1");
        Api.Answer unknown = withPassword(from("198.51.100.32"), "no-such-editor", "guess").get("/api/v1/manage/content/1");

        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(429);
        assertThat(unknown.json().getString("code")).isEqualTo(known.json().getString("code"));
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() ->
                accepted(withPassword(from("198.51.100.31"), "editor2", Api.PASSWORD).get("/api/v1/manage/content/1").status()));
    }

    @Test
    void anAddressGuessingOverManyNamesIsThrottledWithoutLockingOthersOut() {
        for (int i = 0; i < 20; i++) {
            assertThat(withPassword(from("198.51.100.41"), "guess-name-" + i, "guess").get("/api/v1/manage/content/1").status())
                    .isEqualTo(401);
        }

        assertThat(withPassword(from("198.51.100.41"), "editor", Api.PASSWORD).get("/api/v1/manage/content/1").status())
                .isEqualTo(429);
        assertThat(withPassword(from("198.51.100.42"), "editor", Api.PASSWORD).get("/api/v1/manage/content/1").status())
                .as("signed in: the item's answer, whatever it is").isNotIn(401, 429);
    }

    @Test
    void theLoginPageSaysToWaitAndLetsTheRightPasswordInAfterwards() {
        EditorSession browser = new EditorSession(uri(""));
        String[] headers = {"Origin", browser.origin(), "X-Forwarded-For", "198.51.100.51"};
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = browser.signIn("supervisor", "guess-" + i, headers);
            assertThat(failed.body()).contains("ユーザー名またはパスワードが違います");
        }

        HttpResponse<String> refused = browser.signIn("supervisor", Api.PASSWORD, headers);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("ログインの失敗が続いたため").doesNotContain("ユーザー名またはパスワードが違います");
        assertThat(browser.get("/events/").statusCode()).as("not signed in").isEqualTo(302);
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() ->
                browser.signIn("supervisor", Api.PASSWORD, headers).statusCode() == 302);
        assertThat(browser.get("/events/").statusCode()).isEqualTo(200);
    }
}
