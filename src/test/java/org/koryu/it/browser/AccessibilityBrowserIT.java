package org.koryu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koryu.it.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * axe-core over every page of the editor, as the person who uses it sees it (in Japanese, and in
 * English after switching): no serious or critical violation anywhere. All pages are checked
 * before the test fails, so one run lists every fault.
 */
class AccessibilityBrowserIT extends BrowserIT {

    private boolean ready;

    private long inReview;

    /** Once per class, in the first test: the server's address is known only from then on. */
    @BeforeEach
    void anEventInReview() {
        if (ready) {
            return;
        }
        ready = true;
        inReview = Seeds.eventInReview(api().as("editor"), "a11y-review", "2033-03-15",
                "アクセシビリティ確認の物産展", "アクセシビリティ確認の物産展（改）");
    }

    @Test
    void theLoginPageHasNoSeriousViolation() {
        Browser b = browser();
        b.open("/login");
        assertThat(b.find(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
        assertThat(Axe.seriousViolations(b)).isEmpty();
        b.open("/login?expired=true");
        assertThat(Axe.seriousViolations(b)).isEmpty();
    }

    @Test
    void editorPagesHaveNoSeriousViolation() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", Api.PASSWORD);
        assertNoSeriousViolations(b, "/", "/events/", "/reports/", "/municipalities/", "/venues/", "/events/edit",
                "/events/edit?id=" + inReview, "/calendar?date=2033-03-01", "/history?id=" + inReview,
                "/reports/edit", "/municipalities/edit", "/venues/edit", "/import");
    }

    @Test
    void supervisorAndAdminPagesHaveNoSeriousViolation() {
        Browser b = browser();
        LoginPage.open(b).signInAs("supervisor", Api.PASSWORD);
        assertNoSeriousViolations(b, "/", "/review?id=" + inReview);
        b.click("userMenu:logout");
        LoginPage.open(b).signInAs("admin", Api.PASSWORD);
        assertNoSeriousViolations(b, "/admin/accounts", "/admin/account?id=1", "/admin/tokens", "/admin/workflows");
    }

    @Test
    void inEnglishThePagesSayTheirLanguageAndStayClean() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", Api.PASSWORD);
        b.click("userMenu:lang-en");
        assertThat(b.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertNoSeriousViolations(b, "/", "/events/", "/calendar?date=2033-03-01", "/history?id=" + inReview);
        assertThat(b.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void keyboardUsersSkipToTheContentAndAlwaysSeeWhereTheFocusIs() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", Api.PASSWORD);
        b.open("/events/");
        new Actions(b.driver()).sendKeys(Keys.TAB).perform();
        WebElement skip = b.driver().switchTo().activeElement();
        assertThat(skip.getAttribute("class")).isEqualTo("skip-link");
        assertThat(skip.isDisplayed()).isTrue();
        assertThat(skip.getLocation().getX()).as("the skip link comes into view when focused").isBetween(0, 200);
        assertThat(outline(b, skip)).as("focus outline of the skip link").isNotEqualTo("none");

        new Actions(b.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(b.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");
        new Actions(b.driver()).sendKeys(Keys.TAB).perform();
        WebElement first = b.driver().switchTo().activeElement();
        assertThat(first.getAttribute("id")).as("the first stop after skipping is in the content").isEqualTo("create");
        assertThat(outline(b, first)).as("focus outline of " + first.getAttribute("id")).isNotEqualTo("none");
    }

    /** The outline style the focused element is drawn with. */
    private static String outline(Browser b, WebElement element) {
        return (String) b.script("return getComputedStyle(arguments[0]).outlineStyle;", element);
    }

    private static void assertNoSeriousViolations(Browser b, String... pages) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String page : pages) {
            b.open(page);
            List<String> violations = Axe.seriousViolations(b);
            if (!violations.isEmpty()) {
                found.put(page, violations);
            }
        }
        assertThat(found).as("serious or critical axe violations by page").isEmpty();
    }
}
