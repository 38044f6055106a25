package org.koryu.it.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.koryu.it.KoryuIT;

/** The base of browser tests: one headless Chromium per test class, signed out before each test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ScreenshotOnFailure.class)
public abstract class BrowserIT extends KoryuIT {

    private Browser browser;

    public Browser browser() {
        if (browser == null) {
            browser = new Browser(base.toString());
        }
        return browser;
    }

    @BeforeEach
    void signedOut() {
        browser().deleteCookies();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
