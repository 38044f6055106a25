package org.koryu.it.browser;

import org.openqa.selenium.By;

/** The admin's accounts page: the list, and creating an account. */
public final class AccountsPage {

    private final Browser browser;

    private AccountsPage(Browser browser) {
        this.browser = browser;
    }

    public static AccountsPage open(Browser browser) {
        browser.open("/admin/accounts");
        return new AccountsPage(browser);
    }

    public AccountsPage create(String username, String displayName, String password, String... roleLabels) {
        browser.type("create:username", username);
        browser.type("create:displayName", displayName);
        browser.type("create:password", password);
        Checkboxes.set(browser, "create:roles", roleLabels);
        browser.click("create:submit");
        return this;
    }

    public String list() {
        return browser.byId("list:accounts").getText();
    }

    public String messageFor(String id) {
        return FieldMessage.of(browser, id);
    }

    public AccountPage openAccount(String username) {
        browser.find(By.xpath("//a[@class='account-link' and normalize-space(.)='" + username + "']")).click();
        browser.waitForPage();
        return new AccountPage(browser);
    }
}
