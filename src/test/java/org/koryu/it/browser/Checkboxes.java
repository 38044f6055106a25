package org.koryu.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A p:selectManyCheckbox set to exactly the options with the given labels, by clicking like a person. */
final class Checkboxes {

    private Checkboxes() {
    }

    static void set(Browser browser, String id, String... labels) {
        java.util.List<String> wanted = java.util.List.of(labels);
        for (WebElement label : browser.driver().findElements(By.xpath("//*[@id='" + id + "']//label"))) {
            WebElement input = browser.driver().findElement(By.id(label.getAttribute("for")));
            boolean checked = input.isSelected();
            if (checked != wanted.contains(label.getText().strip())) {
                label.click();
            }
        }
    }
}
