package org.koryu.it.browser;


/** The venue form: what a person can do there. */
public final class VenueFormPage extends RevisionFormPage<VenueFormPage> {

    private VenueFormPage(Browser browser) {
        super(browser);
    }

    /** From the venue list, through its "new venue" button. */
    public static VenueFormPage openNewFromList(Browser browser) {
        browser.open("/venues/");
        browser.click("create");
        return new VenueFormPage(browser);
    }

    public static VenueFormPage open(Browser browser, long id) {
        browser.open("/venues/edit?id=" + id);
        return new VenueFormPage(browser);
    }

    /** The form in the window the browser is in now. */
    public static VenueFormPage here(Browser browser) {
        return new VenueFormPage(browser);
    }

    public VenueFormPage address(String address) {
        browser.type("form:address", address);
        return this;
    }

    public VenueFormPage notes(String notes) {
        browser.type("form:notes", notes);
        return this;
    }

    public String notes() {
        return browser.byId("form:notes").getAttribute("value");
    }
}
