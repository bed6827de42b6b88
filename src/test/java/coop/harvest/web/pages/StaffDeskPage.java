package coop.harvest.web.pages;

import coop.harvest.it.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * /staff/: the bureau's moderation queues as PrimeFaces tables (a pending listing's row has the class
 * {@code listing-row-<id>}); approving is one click, rejecting asks for the reason in a dialog.
 */
public final class StaffDeskPage extends Page {

    static final By TITLE = By.id("dashboard-title");
    static final By PENDING_LISTINGS = By.id("pending-listings");
    static final By PENDING_COUNT = By.id("count-listings");
    static final By REJECT_REASON = By.id("reject:reason");
    static final By REJECT_CONFIRM = By.id("reject:confirm");
    static final By REJECT_TARGET = By.id("reject-target");
    static final By REJECT_DIALOG = By.id("reject-dialog");

    public StaffDeskPage(Browser browser, String base) {
        super(browser, base);
    }

    public StaffDeskPage open() {
        openPath("/staff/");
        return waitUntilShown();
    }

    public StaffDeskPage waitUntilShown() {
        browser.waitFor(TITLE);
        return this;
    }

    public String title() {
        return browser.text(TITLE);
    }

    public long pendingListings() {
        return Long.parseLong(browser.text(PENDING_COUNT).trim());
    }

    /** The queue row of a pending listing, as shown. */
    public String listingRow(long listingId) {
        return browser.text(listingRowOf(listingId));
    }

    public boolean shows(long listingId) {
        return !browser.driver().findElements(listingRowOf(listingId)).isEmpty();
    }

    /** True once the listing's row has left the queue (the table is updated by Ajax after a decision). */
    public boolean leftQueue(long listingId) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> !shows(listingId));
            return true;
        } catch (TimeoutException stillThere) {
            return false;
        }
    }

    public void approve(long listingId) {
        browser.click(By.cssSelector(".listing-row-" + listingId + " .approve"));
    }

    /** Opens the listing's reject dialog, gives the reason, confirms it and waits until the dialog has closed. */
    public void reject(long listingId, String reason) {
        browser.click(By.cssSelector(".listing-row-" + listingId + " .reject"));
        browser.waitForText(REJECT_TARGET, Long.toString(listingId));
        browser.type(REJECT_REASON, reason);
        browser.click(REJECT_CONFIRM);
        browser.waitUntilHidden(REJECT_DIALOG);
    }

    private static By listingRowOf(long listingId) {
        return By.cssSelector("#pending-listings .listing-row-" + listingId);
    }
}
