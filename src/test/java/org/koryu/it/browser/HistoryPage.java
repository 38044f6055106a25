package org.koryu.it.browser;

import org.openqa.selenium.By;

/** An item's history: its revisions, the audit trail, comparing two revisions, restoring one. */
public final class HistoryPage {

    private final Browser browser;

    private HistoryPage(Browser browser) {
        this.browser = browser;
    }

    public static HistoryPage open(Browser browser, long id) {
        browser.open("/history?id=" + id);
        return new HistoryPage(browser);
    }

    public String revisions() {
        return browser.byId("revisions:list").getText();
    }

    public String timeline() {
        return browser.byId("timeline").getText();
    }

    public String compare(int from, int to) {
        choose("compare:from", from);
        choose("compare:to", to);
        browser.click("compare:run");
        return browser.byId("compare:changes").getText();
    }

    private void choose(String id, int revision) {
        Menu.choose(browser, id, "版 " + revision + " (");
    }

    /** Restores a revision, saying yes when asked to confirm. */
    public HistoryPage restore(int revision) {
        browser.find(By.xpath("//*[@id='revisions:list']//tr[td[1]/span[@class='revision-number' and normalize-space(.)='"
                + revision + "']]//button")).click();
        Confirmation.accept(browser);
        return this;
    }

    public String messages() {
        return browser.byId("globalMessages").getText();
    }
}
