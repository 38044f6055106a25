package org.koryu.it.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The calendar of events: month and week views, moving between ranges, opening an event. */
public final class CalendarPage {

    private final Browser browser;

    private CalendarPage(Browser browser) {
        this.browser = browser;
    }

    public static CalendarPage openAt(Browser browser, String date) {
        browser.open("/calendar?date=" + date);
        CalendarPage page = new CalendarPage(browser);
        page.settle();
        return page;
    }

    /** The entries on screen, once the lazy load of the shown range has come back. */
    public List<WebElement> entries() {
        settle();
        return browser.driver().findElements(By.cssSelector("#calendar\\:schedule .fc-event"));
    }

    public WebElement entry(String text) {
        settle();
        return browser.find(By.xpath("//*[@id='calendar:schedule']//a[contains(@class,'fc-event')][contains(normalize-space(.), '"
                + text + "')]"));
    }

    public String title() {
        return browser.find(By.cssSelector("#calendar\\:schedule .fc-toolbar-title")).getText();
    }

    public CalendarPage next() {
        return button("fc-next-button");
    }

    public CalendarPage week() {
        return button("fc-timeGridWeek-button");
    }

    public CalendarPage month() {
        return button("fc-dayGridMonth-button");
    }

    private CalendarPage button(String css) {
        browser.find(By.cssSelector("#calendar\\:schedule ." + css)).click();
        settle();
        return this;
    }

    public void open(String text) {
        entry(text).click();
        browser.waitForPage();
    }

    private void settle() {
        browser.waitForPage();
        browser.find(By.cssSelector("#calendar\\:schedule .fc-view-harness"));
    }

    public String legend() {
        return browser.find(By.cssSelector(".legend")).getText();
    }
}
