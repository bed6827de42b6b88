package coop.harvest.web.pages;

import coop.harvest.it.Browser;
import org.openqa.selenium.By;

/** The market home page: the listing search and the open demands. */
public final class HomePage extends Page {

    static final By QUERY = By.id("search:q");
    static final By PRODUCT = By.id("search:product");
    static final By COUNTY = By.id("search:county");
    static final By SUBMIT = By.id("search:submit");
    static final By RESULTS = By.id("listing-results");
    static final By TOTAL = By.id("listing-total");

    public HomePage(Browser browser, String base) {
        super(browser, base);
    }

    public HomePage open() {
        openPath("/");
        return this;
    }

    /** Fills the filters (a null one stays as it is) and searches. */
    public HomePage search(String text, String productCode, String county) {
        if (text != null) {
            browser.type(QUERY, text);
        }
        if (productCode != null) {
            choose(PRODUCT, productCode);
        }
        if (county != null) {
            choose(COUNTY, county);
        }
        browser.click(SUBMIT);
        browser.waitFor(MAIN);
        return this;
    }

    public void waitForResult(String text) {
        browser.waitForText(RESULTS, text);
    }

    public String results() {
        return browser.text(RESULTS);
    }

    public long total() {
        return Long.parseLong(browser.text(TOTAL).trim());
    }

    /** Follows the result's link to its listing page. */
    public ListingPage openListing(long listingId) {
        browser.click(By.cssSelector("#listing-results a.listing-link[href$='id=" + listingId + "']"));
        return new ListingPage(browser, base).waitUntilShown();
    }
}
