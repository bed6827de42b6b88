package coop.harvest.web.pages;

import coop.harvest.it.Browser;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The error summary at the top of a form after a failed submit (resources/harvest/errorSummary.xhtml), as the
 * visitor meets it: its title, its lines, the fields they link to, whether it is in view and has the focus.
 */
public final class ErrorSummaryPart {

    static final By SUMMARY = By.cssSelector("[data-error-summary]");

    private final Browser browser;
    private final WebElement box;

    ErrorSummaryPart(Browser browser, String formId) {
        this.browser = browser;
        this.box = browser.waitFor(By.cssSelector("form[id='" + formId + "'] [data-error-summary]"));
    }

    /** Waits for the summary of this form (after a submit: a full page load or an Ajax update). */
    public static ErrorSummaryPart of(Browser browser, String formId) {
        return new ErrorSummaryPart(browser, formId);
    }

    public String title() {
        return box.findElement(By.className("error-summary-title")).getText().strip();
    }

    public String text() {
        return box.getText();
    }

    /** The client ids of the fields the summary links to, in its order. */
    public List<String> linkedFields() {
        return box.findElements(By.cssSelector("a[data-field]")).stream()
                .map(a -> a.getAttribute("data-field")).toList();
    }

    /** True when the summary's top edge is inside the viewport, and it does not start above it. */
    public boolean inView() {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var r = arguments[0].getBoundingClientRect();"
                        + "return {top: r.top, bottom: r.bottom, height: window.innerHeight, width: window.innerWidth,"
                        + " left: r.left, right: r.right};", box);
        double top = number(r.get("top"));
        double bottom = number(r.get("bottom"));
        double height = number(r.get("height"));
        return top >= 0 && top < height && (bottom <= height || bottom - top > height / 2)
                && number(r.get("left")) >= 0 && number(r.get("right")) <= number(r.get("width")) + 1;
    }

    /** True when the summary is document.activeElement. */
    public boolean focused() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                .executeScript("return document.activeElement === arguments[0];", box));
    }

    public boolean displayed() {
        return box.isDisplayed();
    }

    /** Follows the summary's link to a field and answers the id of the element that has the focus then. */
    public String followLink(String fieldClientId) {
        box.findElement(By.cssSelector("a[data-field='" + fieldClientId + "']")).click();
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id;");
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }
}
