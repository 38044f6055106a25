package org.koryu.it.browser;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The calendar import wizard: pasting a calendar, reading the preview, choosing partners, creating drafts. */
public final class ImportWizardPage {

    private final Browser browser;

    private ImportWizardPage(Browser browser) {
        this.browser = browser;
    }

    /** Through the navigation's link, as a person would. */
    public static ImportWizardPage openFromNavigation(Browser browser) {
        browser.open("/");
        browser.click("nav-import");
        return new ImportWizardPage(browser);
    }

    public ImportWizardPage paste(String calendar, int year) {
        browser.type("import:text", calendar);
        // A spinner keeps its value through clear(): select it and type over it, as a person would.
        browser.byId("import:year_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(year));
        return this;
    }

    /** Chooses a file in the upload button's file dialog; the upload starts at once. */
    public ImportWizardPage upload(Path file) {
        browser.driver().findElement(By.id("import:upload_input")).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** The calendar text box, once {@code expected} shows in it. */
    public void waitForText(String expected) {
        browser.waitUntil(() -> expected.equals(browser.driver().findElement(By.id("import:text")).getAttribute("value")));
    }

    public ImportWizardPage readPreview() {
        browser.click("import:read");
        browser.byId("import:events");
        return this;
    }

    /** The preview's event rows, cells joined by " | ". */
    public List<String> events() {
        return rows("import:events");
    }

    /** The preview's problem rows: line | severity | message. */
    public List<String> problems() {
        return rows("import:problems");
    }

    public ImportWizardPage toPartners() {
        browser.click("import:toPartners");
        browser.byId("allMatched");
        return this;
    }

    /** Chooses the partner of the event on this line of the text. */
    public ImportWizardPage choosePartner(int line, String municipality) {
        List<String> lines = rows("import:unmatched").stream().map(r -> r.split(" \\| ")[0]).toList();
        browser.chooseOption("import:unmatched:" + lines.indexOf(String.valueOf(line)) + ":partner", municipality);
        return this;
    }

    public String toCreate() {
        browser.click("import:toCreate");
        return browser.byId("createLead").getText();
    }

    /** Creates the drafts and waits until every batch is done and the summary shows. */
    public ImportWizardPage create() {
        browser.click("import:create");
        browser.byId("import:created");
        return this;
    }

    public String progress() {
        return browser.byId("import:progress").getText();
    }

    /** The summary's rows of events not created: line | title. */
    public List<String> notCreated() {
        return rows("import:notCreated");
    }

    /** The summary's problem rows, creation problems included: line | severity | message. */
    public List<String> finalProblems() {
        return rows("import:finalProblems");
    }

    /** The created drafts' links, by title. */
    public List<WebElement> createdLinks() {
        return browser.driver().findElements(By.cssSelector("[id='import:created'] tbody a"));
    }

    private List<String> rows(String tableId) {
        return browser.find(By.id(tableId)).findElements(By.cssSelector("tbody tr")).stream()
                .map(tr -> String.join(" | ", tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()))
                .toList();
    }
}
