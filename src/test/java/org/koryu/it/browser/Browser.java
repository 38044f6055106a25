package org.koryu.it.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (paths from the build, so
 * Selenium never downloads a browser), with the waits PrimeFaces pages need.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;

    public Browser(String base) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("koryu.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=ja");
        // The console is read after every page and Ajax update: a Content-Security-Policy violation fails the test.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.base = base.replaceFirst("/$", "");
    }

    public void open(String path) {
        driver.get(base + path);
        waitForPage();
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement byId(String id) {
        return find(By.id(id));
    }

    public void type(String id, String text) {
        WebElement input = byId(id);
        input.clear();
        input.sendKeys(text);
    }

    public void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        waitForPage();
    }

    /** Waits until the document has loaded and no PrimeFaces Ajax request is running. */
    public void waitForPage() {
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
        assertNoPolicyViolations();
    }

    /**
     * Fails when the browser refused anything under the Content-Security-Policy since the last look,
     * so every page the tests visit is shown to work under the policy (Chromium reports each refusal
     * on the console).
     */
    public void assertNoPolicyViolations() {
        List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
        if (!violations.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations on " + driver.getCurrentUrl() + ": " + violations);
        }
    }

    /** Waits until a PrimeFaces overlay (menu panel, calendar) has finished opening, so clicks land where they aim. */
    public void waitUntilOpened(String id) {
        wait.until(d -> {
            var panels = d.findElements(By.id(id));
            return !panels.isEmpty() && panels.get(0).isDisplayed()
                    && panels.get(0).getAttribute("class").contains("ui-connected-overlay-enter-done");
        });
    }

    public void waitUntilHidden(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits until the condition holds (an Ajax update landed), up to the browser's usual timeout. */
    public void waitUntil(java.util.function.BooleanSupplier condition) {
        wait.until(d -> {
            try {
                return condition.getAsBoolean();
            } catch (org.openqa.selenium.StaleElementReferenceException replacedMeanwhile) {
                return false;
            }
        });
    }

    public Object script(String js, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(js, args);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebDriver driver() {
        return driver;
    }

    public void deleteCookies() {
        driver.manage().deleteAllCookies();
    }

    /** Saves a screenshot and the page source under target/screenshots, for a failed test. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("koryu.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot for " + name + ": " + e);
        }
    }

    /** Opens a p:selectOneMenu and clicks the option with this label, as a person would. */
    public void chooseOption(String menuId, String label) {
        click(menuId);
        waitUntilOpened(menuId + "_panel");
        find(By.xpath("//*[@id='" + menuId + "_items']//li[normalize-space(.)='" + label + "']")).click();
        waitUntilHidden(By.id(menuId + "_panel"));
        waitForPage();
    }

    /** The text of the message a p:message shows beside the input {@code inputId}, waiting until one shows. */
    public String messageBeside(String inputId) {
        return find(By.cssSelector("[id='" + inputId + "_msg'], [id='" + inputId + "'] ~ .ui-message")).getText();
    }

    @Override
    public void close() {
        try {
            assertNoPolicyViolations();
        } finally {
            driver.quit();
        }
    }
}
