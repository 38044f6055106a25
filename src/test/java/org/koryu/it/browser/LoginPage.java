package org.koryu.it.browser;

/** The login page: what a person can do there. */
public final class LoginPage {

    private final Browser browser;

    public LoginPage(Browser browser) {
        this.browser = browser;
    }

    public static LoginPage open(Browser browser) {
        browser.open("/login");
        return new LoginPage(browser);
    }

    public void signInAs(String user, String password) {
        browser.type("login:username", user);
        browser.type("login:password", password);
        browser.click("login:submit");
        // The click returns while the old page still shows; the next step must start on the page signed in to.
        browser.byId("currentUser");
    }
}
