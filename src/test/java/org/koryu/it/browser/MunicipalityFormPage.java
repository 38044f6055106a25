package org.koryu.it.browser;

import org.openqa.selenium.By;

/** The partner municipality form: what a person can do there, SNS account rows included. */
public final class MunicipalityFormPage extends RevisionFormPage<MunicipalityFormPage> {

    private MunicipalityFormPage(Browser browser) {
        super(browser);
    }

    /** From the municipality list, through its "new" button. */
    public static MunicipalityFormPage openNewFromList(Browser browser) {
        browser.open("/municipalities/");
        browser.click("create");
        return new MunicipalityFormPage(browser);
    }

    public static MunicipalityFormPage open(Browser browser, long id) {
        browser.open("/municipalities/edit?id=" + id);
        return new MunicipalityFormPage(browser);
    }

    public MunicipalityFormPage prefecture(String prefecture) {
        browser.chooseOption("form:prefecture", prefecture);
        return this;
    }

    public MunicipalityFormPage kind(String label) {
        browser.chooseOption("form:kind", label);
        return this;
    }

    public MunicipalityFormPage aliases(String oneperLine) {
        browser.type("form:aliases", oneperLine);
        return this;
    }

    public MunicipalityFormPage pitch(String pitch) {
        browser.type("form:pitch", pitch);
        return this;
    }

    /** Adds a row to the SNS table and fills it in. */
    public MunicipalityFormPage addAccount(String platformLabel, String url, String description) {
        int row = browser.driver().findElements(By.cssSelector("[id^='form:sns:'][id$=':url']")).size();
        browser.click("form:addAccount");
        browser.chooseOption("form:sns:" + row + ":platform", platformLabel);
        account(row, url);
        browser.type("form:sns:" + row + ":description", description);
        return this;
    }

    public MunicipalityFormPage account(int row, String url) {
        browser.type("form:sns:" + row + ":url", url);
        return this;
    }

    public String account(int row) {
        return browser.byId("form:sns:" + row + ":url").getAttribute("value");
    }

    public int accounts() {
        return browser.driver().findElements(By.cssSelector("[id^='form:sns:'][id$=':url']")).size();
    }

    public String messageBesideUrl(int row) {
        return browser.messageBeside("form:sns:" + row + ":url");
    }
}
