package coop.harvest.web.pages;

import coop.harvest.it.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * /staff/: the bureau's moderation queues as PrimeFaces tables (a pending listing's row has the class
 * {@code listing-row-<id>}); approving is one click, rejecting asks for the reason in a dialog. The queue is oldest
 * first, ten a page, and other tests leave pending listings behind: a listing is looked for page by page, as staff
 * would.
 */
public final class StaffDeskPage extends Page {

    static final By TITLE = By.id("dashboard-title");
    static final By PENDING_LISTINGS = By.id("pending-listings");
    static final By PENDING_COUNT = By.id("count-listings");
    static final By REJECT_REASON = By.id("reject:reason");
    static final By REJECT_CONFIRM = By.id("reject:confirm");
    static final By REJECT_TARGET = By.id("reject-target");
    static final By REJECT_DIALOG = By.id("reject-dialog");
    static final By FIRST_PAGE = By.cssSelector("#pending-listings .ui-paginator-first:not(.ui-state-disabled)");
    static final By NEXT_PAGE = By.cssSelector("#pending-listings .ui-paginator-next:not(.ui-state-disabled)");
    static final By ROWS = By.cssSelector("#pending-listings tbody tr");

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
        showListing(listingId);
        return browser.text(listingRowOf(listingId));
    }

    /** Pages through the pending listings, from the first page on, until the listing's row is shown. */
    public StaffDeskPage showListing(long listingId) {
        By row = listingRowOf(listingId);
        if (browser.driver().findElements(row).isEmpty()) {
            turnPage(FIRST_PAGE);
        }
        for (int page = 0; page < 200 && browser.driver().findElements(row).isEmpty(); page++) {
            if (!turnPage(NEXT_PAGE)) {
                break;
            }
        }
        browser.waitFor(row);
        return this;
    }

    /** Clicks a paginator link if it is enabled and waits for the table's new rows; false when it is not. */
    private boolean turnPage(By link) {
        if (browser.driver().findElements(link).isEmpty()) {
            return false;
        }
        WebElement oldRow = browser.waitFor(ROWS);
        browser.click(link);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(oldRow));
        browser.waitFor(ROWS);
        return true;
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
        showListing(listingId);
        browser.click(By.cssSelector(".listing-row-" + listingId + " .approve"));
    }

    /** Opens the listing's reject dialog, gives the reason, confirms it and waits until the dialog has closed. */
    public void reject(long listingId, String reason) {
        showListing(listingId);
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
