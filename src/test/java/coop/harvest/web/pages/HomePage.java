package coop.harvest.web.pages;

import coop.harvest.it.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The market home page: the listing search and the open demands. */
public final class HomePage extends Page {

    static final By QUERY = By.id("search:q");
    static final By PRODUCT = By.id("search:product");
    static final By COUNTY = By.id("search:county");
    static final By SUBMIT = By.id("search:submit");
    static final By RESULTS = By.id("listing-results");
    static final By TOTAL = By.id("listing-total");
    static final By CARDS = By.cssSelector("#listing-results .listing-card");
    static final By PAGE_POSITION = By.id("pager-position");
    static final By NEXT_PAGE = By.id("pager-next");
    static final By PREVIOUS_PAGE = By.id("pager-previous");

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

    /** How many listing cards this page of results shows. */
    public int cardsShown() {
        return browser.driver().findElements(CARDS).size();
    }

    /** The pager's "page N of M" text. */
    public String pagePosition() {
        return browser.text(PAGE_POSITION);
    }

    public boolean hasNextPage() {
        return !browser.driver().findElements(NEXT_PAGE).isEmpty();
    }

    public boolean hasPreviousPage() {
        return !browser.driver().findElements(PREVIOUS_PAGE).isEmpty();
    }

    /** Follows the pager's link to the next page of the same search. */
    public HomePage nextPage() {
        String before = pagePosition();
        browser.click(NEXT_PAGE);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(PAGE_POSITION).isEmpty()
                        && !before.equals(d.findElement(PAGE_POSITION).getText()));
        return this;
    }

    /** Opens the home page at this address (a bookmarked search, say), relative to the site root. */
    public HomePage openAt(String pathAndQuery) {
        openPath(pathAndQuery);
        return this;
    }

    /** Follows the result's link to its listing page. */
    public ListingPage openListing(long listingId) {
        browser.click(By.cssSelector("#listing-results a.listing-link[href$='id=" + listingId + "']"));
        return new ListingPage(browser, base).waitUntilShown();
    }
}
