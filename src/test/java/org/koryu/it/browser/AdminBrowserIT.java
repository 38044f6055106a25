package org.koryu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.koryu.it.Api;
import org.openqa.selenium.By;

/**
 * The admin area in Chromium, as an admin uses it: accounts created, disabled and re-enabled,
 * their roles and passwords changed; API tokens issued (shown once), used and revoked; the loaded
 * workflow read. The rules that protect Koryu (no self-disabling, never without an admin) are
 * shown beside the input that asked, and nobody but an admin gets in.
 */
class AdminBrowserIT extends BrowserIT {

    private static final String NEW_PASSWORD = "kusa-no-ne-2031";

    @Test
    void anAdminCreatesAnAccountDisablesItAndResetsItsPassword() {
        Browser b = browser();
        LoginPage.open(b).signInAs("admin", Api.PASSWORD);
        b.click("nav-admin");
        AccountsPage accounts = AccountsPage.open(b);
        accounts.create("Bad Name!", "", NEW_PASSWORD, "編集者");
        assertThat(accounts.messageFor("create:username")).contains("「Bad Name!」はユーザー名に使えません");

        accounts.create("kouhou", "広報 三郎", "short", "編集者");
        assertThat(accounts.messageFor("create:password")).contains("10文字以上");

        accounts.create("kouhou", "広報 三郎", NEW_PASSWORD, "編集者", "監督者");
        b.waitForText(By.id("globalMessages"), "kouhou");
        assertThat(accounts.list()).contains("kouhou", "広報 三郎");
        assertThat(basic("kouhou", NEW_PASSWORD)).isEqualTo(200);

        AccountPage account = accounts.openAccount("kouhou");
        assertThat(account.access()).isEqualTo("有効");
        account.disable();
        b.waitForText(By.id("accessState"), "無効");
        assertThat(basic("kouhou", NEW_PASSWORD)).as("a disabled account cannot call the API").isEqualTo(401);
        account.enable();
        b.waitForText(By.id("accessState"), "有効");

        account.resetPassword("too-short");
        assertThat(account.messageFor("password:newPassword")).contains("10文字以上");
        account.resetPassword("atarashii-aikotoba");
        b.waitForText(By.id("globalMessages"), "kouhou");
        assertThat(basic("kouhou", NEW_PASSWORD)).isEqualTo(401);
        assertThat(basic("kouhou", "atarashii-aikotoba")).isEqualTo(200);

        account.roles("監督者");
        b.waitForText(By.id("globalMessages"), "kouhou");
        account.rename("広報課 三郎");
        b.waitForText(By.id("globalMessages"), "表示名");
        assertThat(AccountsPage.open(b).list()).containsPattern("kouhou\\s+広報課 三郎\\s+監督者\\s+有効");
    }

    @Test
    void theLastAdminCannotBeDemotedAndNobodyDisablesThemselves() {
        Browser b = browser();
        LoginPage.open(b).signInAs("admin", Api.PASSWORD);
        AccountPage me = AccountsPage.open(b).openAccount("admin");
        me.disable();
        assertThat(me.messageFor("access:disable")).contains("自分のアカウントは無効にできません");
        assertThat(me.access()).isEqualTo("有効");

        me.roles("編集者");
        assertThat(me.messageFor("roles:roleNames")).contains("admin は有効な最後の管理者です");
        assertThat(AccountsPage.open(b).list()).containsPattern("admin\\s+管理者 \\(admin\\)\\s+管理者");
    }

    @Test
    void aTokenIsShownOnceWorksUntilRevokedAndCannotExpireInThePast() {
        Browser b = browser();
        LoginPage.open(b).signInAs("admin", Api.PASSWORD);
        TokensPage tokens = TokensPage.open(b);
        String yesterday = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1).toString();
        tokens.issue("editor2", "期限切れのサイト", yesterday);
        assertThat(tokens.messageFor("issue:lastDay")).contains("すでに過ぎています");
        assertThat(tokens.secretShown()).isFalse();

        tokens.issue("editor2", "区のウェブサイト", LocalDate.now(ZoneId.of("Asia/Tokyo")).plusYears(1).toString());
        String secret = tokens.secret();
        assertThat(secret).startsWith("kor_");
        assertThat(tokens.row("区のウェブサイト")).contains("editor2", "有効", secret.substring(0, 10));
        assertThat(bearer(secret)).isEqualTo(200);

        TokensPage again = TokensPage.open(b);
        assertThat(again.secretShown()).as("the secret is shown only when issued").isFalse();
        assertThat(b.text()).doesNotContain(secret);
        again.revoke("区のウェブサイト");
        b.waitForText(By.id("globalMessages"), "失効");
        assertThat(again.row("区のウェブサイト")).contains("失効");
        assertThat(bearer(secret)).isEqualTo(401);
    }

    @Test
    void theLoadedWorkflowIsShownReadOnly() {
        Browser b = browser();
        LoginPage.open(b).signInAs("admin", Api.PASSWORD);
        b.open("/admin/workflows");
        assertThat(b.byId("wf-editorial").getText()).isEqualTo("editorial");
        String page = b.text();
        assertThat(page).contains("editorial.properties", "draft", "in_review", "published", "archived");
        assertThat(b.find(By.xpath("//tr[th[normalize-space(.)='approve']]")).getText())
                .contains("in_review", "published", "admin, supervisor", "not-author", "publish");
        assertThat(b.find(By.xpath("//tr[th[normalize-space(.)='reject']]")).getText()).contains("コメント必須");
    }

    @Test
    void onlyAdminsGetIntoTheAdminArea() {
        Browser b = browser();
        LoginPage.open(b).signInAs("supervisor", Api.PASSWORD);
        assertThat(b.driver().findElements(By.id("nav-admin"))).isEmpty();
        for (String page : new String[] {"/admin/accounts", "/admin/tokens", "/admin/workflows", "/admin/account?id=1"}) {
            b.open(page);
            assertThat(b.find(By.tagName("h1")).getText()).as(page).isEqualTo("403");
            assertThat(b.text()).as(page).doesNotContain("editor2").doesNotContain("editorial.properties");
        }
    }

    private int basic(String user, String password) {
        String pair = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return api().header("Authorization", "Basic " + pair).get("/api/v1/manage/content/1").status();
    }

    private int bearer(String token) {
        return api().header("Authorization", "Bearer " + token).get("/api/v1/manage/content/1").status();
    }
}
