package coop.harvest.web.pages;

import coop.harvest.it.Browser;
import org.openqa.selenium.By;

/** /listing.xhtml?id=: one listing as the public sees it. */
public final class ListingPage extends Page {

    static final By LISTING = By.id("listing");
    static final By TITLE = By.id("listing-title");
    static final By STATUS = By.id("listing-status");
    static final By PRICE = By.id("listing-price");
    static final By COOPERATIVE = By.id("listing-cooperative");
    static final By DESCRIPTION = By.id("listing-description");

    public ListingPage(Browser browser, String base) {
        super(browser, base);
    }

    public ListingPage open(long id) {
        openPath("/listing.xhtml?id=" + id);
        return waitUntilShown();
    }

    ListingPage waitUntilShown() {
        browser.waitFor(LISTING);
        return this;
    }

    public String title() {
        return browser.text(TITLE);
    }

    public String status() {
        return browser.text(STATUS);
    }

    public String price() {
        return browser.text(PRICE);
    }

    public String cooperative() {
        return browser.text(COOPERATIVE);
    }

    public String description() {
        return browser.text(DESCRIPTION);
    }

    /** All facts shown about the listing (quantities, county, dates, …). */
    public String facts() {
        return browser.text(LISTING);
    }
}
