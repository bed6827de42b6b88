package coop.harvest.web.pages;

import coop.harvest.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** What every page of the shared layout has: the header's account box, the notification badge and feedback. */
public abstract class Page {

    static final By MAIN = By.id("main");
    static final By LOGOUT = By.id("account:logout");
    static final By LOGIN_LINK = By.id("login-link");
    static final By NOTIFICATION_COUNT = By.id("notification-count");

    protected final Browser browser;
    protected final String base;

    protected Page(Browser browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    protected void openPath(String path) {
        browser.open(base + path);
        browser.waitFor(MAIN);
    }

    /** Waits until the confirmation or error of the last action (message list or growl) shows this text. */
    public void waitForFeedback(String text) {
        browser.waitForText(By.tagName("body"), text);
    }

    /** The unread count on the signed-in header's notification badge. */
    public long unreadNotifications() {
        return Long.parseLong(browser.text(NOTIFICATION_COUNT).trim());
    }

    /** Waits until the badge shows this many unread notifications (it follows the event stream live). */
    public void waitForUnreadNotifications(long count) {
        browser.waitForText(NOTIFICATION_COUNT, Long.toString(count));
    }

    public void signOut() {
        browser.click(LOGOUT);
        browser.waitFor(LOGIN_LINK);
    }

    /** The visible text of the page's main area. */
    public String mainText() {
        return browser.text(MAIN);
    }

    /** The error summary of the form with this id, once it shows (after a failed submit). */
    public ErrorSummaryPart errorSummary(String formId) {
        return ErrorSummaryPart.of(browser, formId);
    }

    /** Submits a form with the given button and waits for its error summary. */
    public ErrorSummaryPart submitExpectingErrors(String formId, String buttonId) {
        browser.click(By.id(formId + ":" + buttonId));
        return errorSummary(formId);
    }

    protected void choose(By menu, String value) {
        new Select(browser.waitFor(menu)).selectByValue(value);
    }
}
