package coop.harvest.web.pages;

import coop.harvest.it.Browser;
import org.openqa.selenium.By;

/** /coop/: the cooperative's listings and the form to offer produce. */
public final class CoopDashboardPage extends Page {

    static final By TITLE = By.id("dashboard-title");
    static final By LISTINGS = By.id("my-listings");
    static final By ORDERS_LINK = By.id("orders-link");
    static final By PRODUCT = By.id("listingForm:product");
    static final By GRADE = By.id("listingForm:grade");
    static final By COUNTY = By.id("listingForm:county");
    static final By QUANTITY = By.id("listingForm:quantity");
    static final By MIN_ORDER = By.id("listingForm:minOrderQuantity");
    static final By PRICE = By.id("listingForm:unitPrice");
    static final By DESCRIPTION = By.id("listingForm:description");
    static final By SAVE = By.id("listingForm:save");

    public CoopDashboardPage(Browser browser, String base) {
        super(browser, base);
    }

    public CoopDashboardPage open() {
        openPath("/coop/");
        return waitUntilShown();
    }

    public CoopDashboardPage waitUntilShown() {
        browser.waitFor(TITLE);
        return this;
    }

    public String title() {
        return browser.text(TITLE);
    }

    /** Offers produce through the form (dates keep their defaults: from today for 30 days). */
    public CoopDashboardPage offer(String productCode, String grade, String county, String quantity,
                                   String minOrderQuantity, String unitPrice, String description) {
        choose(PRODUCT, productCode);
        choose(GRADE, grade);
        choose(COUNTY, county);
        browser.type(QUANTITY, quantity);
        browser.type(MIN_ORDER, minOrderQuantity);
        browser.type(PRICE, unitPrice);
        browser.type(DESCRIPTION, description);
        browser.click(SAVE);
        browser.waitFor(TITLE);
        return this;
    }

    public void waitForListing(String text) {
        browser.waitForText(LISTINGS, text);
    }

    /** The text of the row of the listing whose description contains {@code word}. */
    public String listingRow(String word) {
        return browser.text(row(word));
    }

    /** The id of the listing whose row contains {@code word}, read from its link to the listing page. */
    public long listingId(String word) {
        String href = browser.waitFor(row(word)).findElement(By.cssSelector("a[href*='listing.xhtml?id=']"))
                .getAttribute("href");
        return Long.parseLong(href.substring(href.indexOf("id=") + 3).replaceAll("\\D.*", ""));
    }

    public OrderListPage openOrders() {
        browser.click(ORDERS_LINK);
        return new OrderListPage(browser, base).waitUntilShown();
    }

    private static By row(String word) {
        return By.xpath("//*[@id='my-listings']//tr[contains(., '" + word + "')]");
    }
}
