package org.koryu.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The admin's API tokens: issuing one (its secret shown once) and revoking. */
public final class TokensPage {

    private final Browser browser;

    private TokensPage(Browser browser) {
        this.browser = browser;
    }

    public static TokensPage open(Browser browser) {
        browser.open("/admin/tokens");
        return new TokensPage(browser);
    }

    public TokensPage issue(String accountLabelStart, String name, String lastDay) {
        Menu.choose(browser, "issue:account", accountLabelStart);
        browser.type("issue:name", name);
        if (lastDay != null) {
            WebElement day = browser.byId("issue:lastDay_input");
            day.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            day.sendKeys(lastDay);
        }
        browser.click("issue:submit");
        return this;
    }

    public String secret() {
        return browser.byId("secret").getAttribute("value");
    }

    public boolean secretShown() {
        return !browser.driver().findElements(By.id("secret")).isEmpty();
    }

    public String row(String name) {
        return browser.find(By.xpath("//*[@id='list:tokens']//tr[td[normalize-space(.)='" + name + "']]")).getText();
    }

    public TokensPage revoke(String name) {
        browser.find(By.xpath("//*[@id='list:tokens']//tr[td[normalize-space(.)='" + name + "']]//button")).click();
        Confirmation.accept(browser);
        return this;
    }

    public String messageFor(String id) {
        return FieldMessage.of(browser, id);
    }
}
