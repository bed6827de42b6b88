package coop.harvest.web.pages;

import coop.harvest.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /coop/orders.xhtml and /buyer/orders.xhtml: one row per order, with the actions its viewer may take. */
public final class OrderListPage extends Page {

    static final By TITLE = By.id("orders-title");
    static final By ROWS = By.cssSelector("#order-table .order-row");

    public OrderListPage(Browser browser, String base) {
        super(browser, base);
    }

    /** Opens the list of {@code party} ("coop" or "buyer"). */
    public OrderListPage open(String party) {
        openPath("/" + party + "/orders.xhtml");
        return waitUntilShown();
    }

    OrderListPage waitUntilShown() {
        browser.waitFor(TITLE);
        return this;
    }

    /** The ids of the orders listed, as the page shows them. */
    public java.util.List<Long> orderIds() {
        return browser.driver().findElements(ROWS).stream()
                .map(row -> Long.parseLong(row.getAttribute("id").replace("order-", ""))).toList();
    }

    public String row(long orderId) {
        return browser.text(rowOf(orderId));
    }

    /** Waits until the order's status cell carries this status code (e.g. CONFIRMED). */
    public void waitForStatus(long orderId, String status) {
        browser.waitForAttribute(statusOf(orderId), "data-status", status);
    }

    /** The status as the user reads it, in the page's language. */
    public String statusText(long orderId) {
        return browser.text(statusOf(orderId));
    }

    public void confirm(long orderId) {
        act(orderId, "confirm-order");
    }

    public void ship(long orderId) {
        act(orderId, "ship-order");
    }

    public void receive(long orderId) {
        act(orderId, "receive-order");
    }

    /** Whether the row offers the action whose button has this class (e.g. receive-order). */
    public boolean offers(long orderId, String action) {
        return !browser.waitFor(rowOf(orderId)).findElements(By.className(action)).isEmpty();
    }

    public OrderPage openOrder(long orderId) {
        WebElement link = browser.waitFor(rowOf(orderId)).findElement(By.cssSelector("a.order-link"));
        link.click();
        return new OrderPage(browser, base).waitUntilShown();
    }

    private void act(long orderId, String buttonClass) {
        browser.click(By.cssSelector("#order-" + orderId + " ." + buttonClass));
    }

    private static By rowOf(long orderId) {
        return By.id("order-" + orderId);
    }

    private static By statusOf(long orderId) {
        return By.cssSelector("#order-" + orderId + " .order-status");
    }
}
