package coop.harvest.web.pages;

import coop.harvest.it.Browser;
import org.openqa.selenium.By;

/** /staff/: the bureau's moderation queue. */
public final class StaffDeskPage extends Page {

    static final By TITLE = By.id("dashboard-title");
    static final By PENDING_LISTINGS = By.id("pending-listings");
    static final By PENDING_COUNT = By.id("count-listings");
    static final By REJECT_REASON = By.id("reject:reason");
    static final By REJECT_CONFIRM = By.id("reject:confirm");

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

    public void approve(long listingId) {
        browser.click(By.cssSelector("#listing-row-" + listingId + " .approve"));
    }

    /** Starts the rejection, gives the reason and confirms it. */
    public void reject(long listingId, String reason) {
        browser.click(By.cssSelector("#listing-row-" + listingId + " .reject"));
        browser.type(REJECT_REASON, reason);
        browser.click(REJECT_CONFIRM);
    }

    private static By listingRowOf(long listingId) {
        return By.id("listing-row-" + listingId);
    }
}
