package org.koryu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.koryu.it.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WindowType;

/**
 * A page left open while its session ended (here: signed out in another tab, which ends the
 * session on the server just as a timeout does): its next Ajax request and its next plain link
 * both lead to the login page, which says why, and never to an error page.
 */
class SessionExpiryBrowserIT extends BrowserIT {

    private static final String EXPIRED = "一定時間操作がなかったため";

    @Test
    void anAjaxRequestOfAnEndedSessionLeadsToTheLoginPage() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", Api.PASSWORD);
        b.open("/events/");
        endSessionElsewhere(b);

        b.click("filters:search");
        b.waitForText(By.id("expiredNotice"), EXPIRED);
        assertThat(b.url()).contains("/login").contains("expired=true");
        assertThat(b.text()).doesNotContain("Exception").doesNotContain("500");

        LoginPage.open(b).signInAs("editor", Api.PASSWORD);
        assertThat(b.byId("currentUser").getText()).isEqualTo("編集者 一郎 (editor)");
    }

    @Test
    void anAjaxRequestOfAViewTheServerNoLongerHasDoesNotFailSilently() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", Api.PASSWORD);
        b.open("/events/");
        b.script("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\").forEach(i => i.value = '-1:-1');");

        b.click("filters:search");
        b.waitForText(By.id("expiredNotice"), EXPIRED);
        assertThat(b.url()).contains("/login").contains("expired=true");
        assertThat(b.text()).doesNotContain("Exception");
    }

    @Test
    void aPlainLinkOfAnEndedSessionLeadsToTheLoginPageAndBack() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", Api.PASSWORD);
        b.open("/events/");
        endSessionElsewhere(b);

        b.click("nav-calendar");
        b.waitForText(By.id("expiredNotice"), EXPIRED);
        assertThat(b.url()).contains("/login").contains("expired=true").contains("next=%2Fcalendar");

        new LoginPage(b).signInAs("editor", Api.PASSWORD);
        assertThat(b.url()).as("back where the person was going").endsWith("/calendar");
    }

    @Test
    void aPageWhoseSessionCookieWasLostSaysSoToo() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", Api.PASSWORD);
        b.open("/events/");
        b.driver().manage().deleteCookieNamed("JSESSIONID");

        b.click("filters:search");
        b.waitForText(By.id("expiredNotice"), EXPIRED);
        assertThat(b.url()).contains("/login").contains("expired=true");
    }

    /** Signs out in a second tab, then gives the first tab its old session cookie back: the session it names is gone. */
    private static void endSessionElsewhere(Browser b) {
        Cookie session = b.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("the session cookie").isNotNull();
        String first = b.driver().getWindowHandle();
        b.driver().switchTo().newWindow(WindowType.TAB);
        b.open("/");
        b.click("userMenu:logout");
        b.driver().close();
        b.driver().switchTo().window(first);
        b.driver().manage().deleteCookieNamed("JSESSIONID");
        b.driver().manage().addCookie(session);
    }
}
