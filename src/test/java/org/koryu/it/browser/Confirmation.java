package org.koryu.it.browser;

import org.openqa.selenium.By;

/** The page's confirmation dialog (p:confirm): answered yes, as a person who meant it. */
final class Confirmation {

    private Confirmation() {
    }

    static void accept(Browser browser) {
        browser.find(By.id("confirm:yes"));
        browser.click("confirm:yes");
        browser.waitUntilHidden(By.id("confirm:yes"));
        browser.waitForPage();
    }
}
