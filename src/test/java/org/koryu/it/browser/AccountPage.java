package org.koryu.it.browser;

/** One account as an admin changes it: sign-in on or off, roles, a new password. */
public final class AccountPage {

    private final Browser browser;

    AccountPage(Browser browser) {
        this.browser = browser;
    }

    public String access() {
        return browser.byId("accessState").getText();
    }

    /** Disables the account, confirming when asked whether one means it. */
    public AccountPage disable() {
        browser.click("access:disable");
        Confirmation.accept(browser);
        return this;
    }

    public AccountPage enable() {
        browser.click("access:enable");
        return this;
    }

    public AccountPage roles(String... labels) {
        Checkboxes.set(browser, "roles:roleNames", labels);
        browser.click("roles:save");
        return this;
    }

    public AccountPage rename(String displayName) {
        browser.type("account:displayName", displayName);
        browser.click("account:rename");
        return this;
    }

    public AccountPage resetPassword(String password) {
        browser.type("password:newPassword", password);
        browser.click("password:reset");
        return this;
    }

    public String messageFor(String id) {
        return FieldMessage.of(browser, id);
    }
}
