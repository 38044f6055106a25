package org.koryu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.koryu.it.Api;
import org.openqa.selenium.By;

/**
 * Signing out on a shared computer: Back shows nothing the signed-in person saw, because editor
 * pages are never stored by the browser, while Faces' scripts and styles stay cacheable.
 */
class SignOutBrowserIT extends BrowserIT {

    @Test
    void backAfterSigningOutShowsNoSignedInPage() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", Api.PASSWORD);
        b.open("/events/");
        b.byId("currentUser");
        b.click("userMenu:logout");
        b.byId("login:username");

        b.driver().navigate().back();
        b.waitForPage();
        assertThat(b.driver().findElements(By.id("currentUser"))).as("no signed-in page is shown again").isEmpty();
        assertThat(b.byId("login:username").isDisplayed()).isTrue();
    }

    private String cacheControlOf(String path) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser().driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0], {redirect: 'manual'}).then(r => done(String(r.headers.get('Cache-Control'))));", path);
    }

    @Test
    void editorAndLoginPagesAreNotStoredButFacesResourcesAre() {
        assertThat(api().get("/login").header("Cache-Control")).isEqualTo("no-store");
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", Api.PASSWORD);
        assertThat(cacheControlOf("/events/")).isEqualTo("no-store");
        assertThat(cacheControlOf("/")).isEqualTo("no-store");

        String script = b.driver().findElement(By.cssSelector("script[src*='/jakarta.faces.resource/']")).getAttribute("src");
        assertThat(cacheControlOf(script)).as(script).isNotEqualTo("no-store");
    }
}
