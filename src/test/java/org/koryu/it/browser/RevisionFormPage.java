package org.koryu.it.browser;

import org.openqa.selenium.By;

/**
 * What every form of a revisioned item offers a person: the Japanese and English names, saving,
 * the item's status line and the page's messages.
 *
 * @param <P> the page itself, so that chained calls keep its own methods
 */
abstract class RevisionFormPage<P extends RevisionFormPage<P>> {

    protected final Browser browser;

    RevisionFormPage(Browser browser) {
        this.browser = browser;
    }

    @SuppressWarnings("unchecked")
    protected P self() {
        return (P) this;
    }

    public P name(String ja, String en) {
        browser.type("form:name", ja);
        browser.type("form:nameEn", en);
        return self();
    }

    public P save() {
        browser.click("form:save");
        return self();
    }

    /** Sends the saved text for review; the page then goes back to the type's list. */
    public void submit() {
        browser.click("form:submit");
    }

    /** Where the item stands; empty while nothing is saved. */
    public String status() {
        browser.waitForPage();
        return browser.driver().findElement(By.id("itemStatus")).getText();
    }

    public String messages() {
        return browser.find(By.id("globalMessages")).getText();
    }

    /** The item's id, from the address the form moved to after its first save. */
    public long id() {
        return Long.parseLong(browser.url().replaceFirst("^.*[?&]id=(\\d+).*$", "$1"));
    }

    /**
     * Whether leaving the page now would ask first: whether its beforeunload handling cancels the
     * event (headless Chromium shows no dialog to click, so the event is dispatched here).
     */
    public boolean warnsBeforeLeaving() {
        return Boolean.TRUE.equals(browser.script(
                "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;"));
    }
}
