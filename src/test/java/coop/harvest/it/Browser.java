package coop.harvest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
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
 * Headless Debian Chromium driven by Selenium, pointed at the system chromedriver so nothing is downloaded.
 * Without Chromium a developer's run skips browser tests; in CI ({@code CI=true}) a missing browser fails them.
 * Register an instance with {@code @RegisterExtension} to get screenshots under target/screenshots on failure.
 */
public final class Browser implements TestWatcher, AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private WebDriver driver;
    private final String language;

    public Browser(String language) {
        this.language = language;
    }

    /** The driver, started on first use with the browser language given to the constructor. */
    public WebDriver driver() {
        if (driver == null) {
            boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
            if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but Chromium is missing: install chromium chromium-driver");
            }
            assumeTrue(present, "Chromium not installed (apt-get install chromium chromium-driver): browser test skipped");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                    "--lang=" + language);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        }
        return driver;
    }

    public void open(String url) {
        driver().get(url);
    }

    public WebElement waitFor(By locator) {
        // an Ajax update may replace the element between finding it and asking whether it is shown
        return new WebDriverWait(driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    reveal(d, locator);
                    return ExpectedConditions.visibilityOfElementLocated(locator).apply(d);
                });
    }

    /**
     * Opens the closed {@code <details>} around the element, as a user opens the header's menu on a phone or the
     * home page's filters before using what is inside.
     */
    private static void reveal(WebDriver driver, By locator) {
        for (WebElement element : driver.findElements(locator)) {
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("for (let d = arguments[0]"
                    + ".closest('details:not([open])'); d; d = d.parentElement && d.parentElement"
                    + ".closest('details:not([open])')) { d.open = true; }", element);
        }
    }

    public void waitForText(By locator, String text) {
        new WebDriverWait(driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    reveal(d, locator); // hidden text (e.g. the badge in a phone's closed menu) reads as ""
                    return ExpectedConditions.textToBePresentInElementLocated(locator, text).apply(d);
                });
    }

    /** Waits until the element is hidden or gone, e.g. a dialog closing after its Ajax request. */
    public void waitUntilHidden(By locator) {
        new WebDriverWait(driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    /** Waits until the element's attribute has this value, e.g. a row's {@code data-status}. */
    public void waitForAttribute(By locator, String attribute, String value) {
        // an Ajax update may replace the element between finding it and reading the attribute
        new WebDriverWait(driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(locator, attribute, value));
    }

    /**
     * Types into a field that the page focuses by itself (a dialog's first input) once it has the focus: typing
     * earlier races with the dialog's own focus handling, which may move the caret back after a Tab.
     */
    public WebElement typeWhenFocused(By locator, String text) {
        WebElement field = waitFor(locator);
        new WebDriverWait(driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> field.equals(d.switchTo().activeElement()));
        field.sendKeys(text);
        return field;
    }

    /** The visible text of the element, once it is visible. */
    public String text(By locator) {
        return new WebDriverWait(driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    reveal(d, locator);
                    WebElement shown = ExpectedConditions.visibilityOfElementLocated(locator).apply(d);
                    return shown == null ? null : shown.getText();
                });
    }

    /** The value of the element's attribute, once the element is visible. */
    public String attribute(By locator, String name) {
        return new WebDriverWait(driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    reveal(d, locator);
                    WebElement shown = ExpectedConditions.visibilityOfElementLocated(locator).apply(d);
                    return shown == null ? null : shown.getAttribute(name);
                });
    }

    /** How many CSS pixels the page is wider than the viewport (0 when nothing sticks out sideways). */
    public int horizontalOverflow() {
        Number overflow = (Number) ((org.openqa.selenium.JavascriptExecutor) driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return Math.max(0, overflow.intValue());
    }

    public void type(By locator, String text) {
        WebElement field = waitFor(locator);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Clicks the element once it is clickable. A growl notice or a closing dialog may lie over it for a moment: the
     * click is tried again until it is free, as a user would wait.
     */
    public void click(By locator) {
        new WebDriverWait(driver(), Duration.ofSeconds(30))
                .ignoring(ElementClickInterceptedException.class).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    reveal(d, locator);
                    WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
                    if (element == null) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    public void resize(int width, int height) {
        driver().manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Shows pages as a device of this width would: the CSS viewport is exactly {@code width} pixels (a desktop
     * window cannot be made as narrow as a 360 px phone), and below 600 px the page is laid out as on a phone.
     */
    public void viewport(int width, int height) {
        driver();
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** The browser console's errors since the last call (JavaScript errors, failed resources, CSP refusals). */
    public List<String> consoleErrors() {
        return driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Fails when the browser console has logged an error (JavaScript errors, failed resources, CSP refusals). */
    public void assertNoConsoleErrors() {
        assertEquals(List.of(), consoleErrors(), "browser console errors on " + driver().getCurrentUrl());
    }

    /**
     * Fails when axe-core finds a serious or critical accessibility problem on the current page, listing each
     * rule with the elements that break it.
     */
    public void assertAccessible(String pageName) {
        // a notice still fading in or out is checked as the user sees it once it settles: shown whole or gone
        new WebDriverWait(driver(), Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return Array.from(document"
                        + ".querySelectorAll('.ui-growl-item-container'))"
                        + ".every(e => getComputedStyle(e).opacity === '1');")));
        // and so is anything else still in a finite transition or animation (a dialog fading in, a button fading
        // back from its dimmed state after its request): checked once it has settled
        new WebDriverWait(driver(), Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.getAnimations()"
                        + ".every(a => a.playState !== 'running'"
                        + " || !isFinite(a.effect.getComputedTiming().endTime));")));
        List<String> problems = Axe.check(driver(), Axe.WCAG_AA);
        assertEquals(List.of(), problems, () -> "accessibility problems on " + pageName + " ("
                + driver().getCurrentUrl() + "):\n  " + String.join("\n  ", problems));
    }

    /** Saves a screenshot of the whole page, not only of the visible part, under target/screenshots. */
    public Path fullPageScreenshot(String name, int width) {
        Number height = (Number) ((org.openqa.selenium.JavascriptExecutor) driver())
                .executeScript("return Math.ceil(document.documentElement.scrollHeight);");
        viewport(width, Math.min(Math.max(height.intValue(), 600), 4000));
        try {
            return screenshot(name);
        } finally {
            viewport(width, 800);
        }
    }

    /**
     * Saves a screenshot of the whole page at this width as target/screenshots/{@code folder}/{@code name}.png,
     * for people to look at.
     */
    public Path fullPageScreenshot(String folder, String name, int width) {
        Number height = (Number) ((org.openqa.selenium.JavascriptExecutor) driver())
                .executeScript("return Math.ceil(document.documentElement.scrollHeight);");
        viewport(width, Math.min(Math.max(height.intValue(), 600), 4000));
        try {
            return save(Path.of(System.getProperty("harvest.target", "target"), "screenshots", folder), name);
        } finally {
            viewport(width, 800);
        }
    }

    /** Saves a screenshot under target/screenshots. */
    public Path screenshot(String name) {
        return save(Path.of(System.getProperty("harvest.target", "target"), "screenshots"), name);
    }

    private Path save(Path dir, String name) {
        if (driver == null) {
            return null;
        }
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_") + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName());
        close();
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        close();
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        close();
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
