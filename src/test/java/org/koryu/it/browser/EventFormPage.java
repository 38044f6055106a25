package org.koryu.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The event form: filling it in as a person would, through PrimeFaces' widgets. */
public final class EventFormPage {

    private final Browser browser;

    public EventFormPage(Browser browser) {
        this.browser = browser;
    }

    public static EventFormPage openNew(Browser browser) {
        browser.open("/events/edit");
        return new EventFormPage(browser);
    }

    public EventFormPage title(String ja) {
        browser.type("form:titleJa", ja);
        return this;
    }

    public EventFormPage kind(String label) {
        return choose("form:kind", label);
    }

    public EventFormPage municipality(String label) {
        return suggest("form:municipality", label, label);
    }

    public EventFormPage venue(String label) {
        return suggest("form:venue", label, label);
    }

    /** Types into a p:autoComplete and picks the suggestion with this label. */
    public EventFormPage suggest(String id, String typed, String label) {
        WebElement input = browser.byId(id + "_input");
        input.clear();
        input.sendKeys(typed);
        browser.find(By.cssSelector("[id='" + id + "_panel'] li[data-item-label='" + label + "']")).click();
        browser.waitUntilHidden(By.id(id + "_panel"));
        browser.waitForPage();
        return this;
    }

    /** Opens a p:selectOneMenu and clicks the option with this label. */
    private EventFormPage choose(String id, String label) {
        browser.click(id);
        browser.waitUntilOpened(id + "_panel");
        browser.find(By.xpath("//*[@id='" + id + "_items']//li[normalize-space(.)='" + label + "']")).click();
        browser.waitUntilHidden(By.id(id + "_panel"));
        browser.waitForPage();
        return this;
    }

    public EventFormPage day(int row, String date, String start, String end) {
        WebElement dateInput = browser.byId("form:occurrences:" + row + ":date_input");
        dateInput.clear();
        dateInput.sendKeys(date);
        typeMasked("form:occurrences:" + row + ":start", start);
        typeMasked("form:occurrences:" + row + ":end", end);
        return this;
    }

    private void typeMasked(String id, String value) {
        WebElement input = browser.byId(id);
        input.sendKeys(Keys.HOME, value.replace(":", ""));
    }

    public EventFormPage addDay() {
        browser.click("form:addDay");
        return this;
    }

    public EventFormPage save() {
        browser.click("form:save");
        return this;
    }

    public void submit() {
        browser.click("form:submit");
    }

    public String messageFor(String id) {
        return browser.find(By.cssSelector("[id='" + id + "'] ~ .ui-message, .ui-message[id$='" + id + "_msg']")).getText();
    }
}
