package coop.harvest.web.pages;

import coop.harvest.it.Browser;
import org.openqa.selenium.By;

/** /buyer/: the buyer's demands and the form to post one. */
public final class BuyerDashboardPage extends Page {

    static final By TITLE = By.id("dashboard-title");
    static final By DEMANDS = By.id("my-demands");
    static final By ORDERS_LINK = By.id("orders-link");
    static final By PRODUCT = By.id("demandForm:product");
    static final By MIN_GRADE = By.id("demandForm:minGrade");
    static final By QUANTITY = By.id("demandForm:quantity");
    static final By MAX_PRICE = By.id("demandForm:maxUnitPrice");
    static final By COUNTY = By.id("demandForm:deliveryCounty");
    static final By POST = By.id("demandForm:post");

    public BuyerDashboardPage(Browser browser, String base) {
        super(browser, base);
    }

    public BuyerDashboardPage open() {
        openPath("/buyer/");
        return waitUntilShown();
    }

    public BuyerDashboardPage waitUntilShown() {
        browser.waitFor(TITLE);
        return this;
    }

    public String title() {
        return browser.text(TITLE);
    }

    /** Posts a demand (needed-by date and "allow partial" keep their defaults). */
    public BuyerDashboardPage postDemand(String productCode, String minGrade, String quantity, String maxUnitPrice,
                                         String county) {
        choose(PRODUCT, productCode);
        choose(MIN_GRADE, minGrade);
        browser.type(QUANTITY, quantity);
        browser.type(MAX_PRICE, maxUnitPrice);
        choose(COUNTY, county);
        browser.click(POST);
        browser.waitFor(TITLE);
        return this;
    }

    public void waitForDemand(String text) {
        browser.waitForText(DEMANDS, text);
    }

    public String demands() {
        return browser.text(DEMANDS);
    }

    public OrderListPage openOrders() {
        browser.click(ORDERS_LINK);
        return new OrderListPage(browser, base).waitUntilShown();
    }
}
