package org.koryu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.koryu.it.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The editor UI in English as a person who reads no Japanese meets it: chosen on the login page,
 * kept after signing out and in again, and the event form's labels, venue names and messages in
 * English words.
 */
class EnglishBrowserIT extends BrowserIT {

    private String language() {
        return browser().find(By.tagName("html")).getAttribute("lang");
    }

    @Test
    void englishChosenOnTheLoginPageStaysAfterSigningOutAndInAgain() {
        Browser b = browser();
        b.open("/login");
        assertThat(language()).isEqualTo("ja");
        b.click("lang-en");
        assertThat(language()).isEqualTo("en");
        assertThat(b.byId("login:submit").getText()).isEqualTo("Sign in");

        new LoginPage(b).signInAs("editor", Api.PASSWORD);
        assertThat(language()).isEqualTo("en");
        b.click("userMenu:logout");
        b.byId("login:username");
        assertThat(language()).as("the login page after signing out").isEqualTo("en");
        new LoginPage(b).signInAs("editor", Api.PASSWORD);
        assertThat(language()).as("signed in again").isEqualTo("en");

        b.click("userMenu:lang-ja");
        b.click("userMenu:logout");
        b.byId("login:username");
        assertThat(language()).as("Japanese chosen again").isEqualTo("ja");
    }

    @Test
    void theEventFormSaysEverythingInEnglish() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", Api.PASSWORD);
        b.click("userMenu:lang-en");
        b.open("/events/edit");
        assertThat(language()).isEqualTo("en");
        List<String> headers = b.driver().findElements(By.cssSelector("[id='form:occurrences'] thead th")).stream()
                .map(WebElement::getText).toList();
        assertThat(headers).contains("Moved from").noneMatch(h -> h.contains("延期"));
        List<String> otherVenues = b.driver().findElements(By.cssSelector("[id='form:additionalVenues'] label")).stream()
                .map(WebElement::getText).toList();
        assertThat(otherVenues).contains("Ward Office 2F Citizens' Gallery").doesNotContain("区役所2階区民ギャラリー");

        b.type("form:titleJa", "英語画面の確認");
        b.click("form:save");
        assertThat(b.messageBeside("form:municipality")).isEqualTo("Choose the partner municipality.");
        assertThat(b.messageBeside("form:venue")).isEqualTo("Choose the venue.");
    }
}
