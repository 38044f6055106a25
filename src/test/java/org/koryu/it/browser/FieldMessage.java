package org.koryu.it.browser;

import org.openqa.selenium.By;

/** The message shown beside an input: the p:message in the same form field as the element with this id. */
final class FieldMessage {

    private FieldMessage() {
    }

    static String of(Browser browser, String id) {
        return browser.find(By.xpath("//*[@id='" + id + "']/ancestor::*[contains(concat(' ', @class, ' '), ' field ')][1]"
                + "//*[contains(@class, 'ui-message')]")).getText();
    }
}
