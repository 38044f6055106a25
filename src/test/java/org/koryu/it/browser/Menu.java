package org.koryu.it.browser;

import org.openqa.selenium.By;

/** A p:selectOneMenu, opened and answered by clicking like a person. */
final class Menu {

    private Menu() {
    }

    /** Opens the menu and clicks the first option whose text starts with {@code labelStart}. */
    static void choose(Browser browser, String id, String labelStart) {
        browser.click(id);
        browser.waitUntilOpened(id + "_panel");
        browser.find(By.xpath("//*[@id='" + id + "_items']//li[starts-with(normalize-space(.), '" + labelStart + "')]")).click();
        browser.waitUntilHidden(By.id(id + "_panel"));
        browser.waitForPage();
    }
}
