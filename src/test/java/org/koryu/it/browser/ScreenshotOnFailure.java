package org.koryu.it.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Keeps a screenshot of the page a browser test failed on (target/screenshots/Class-method.png). */
public class ScreenshotOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        context.getTestInstance().filter(BrowserIT.class::isInstance).map(BrowserIT.class::cast).ifPresent(test ->
                test.browser().screenshot(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName()));
    }
}
