package coop.harvest.web.pages;

import coop.harvest.it.Browser;
import java.util.List;
import org.openqa.selenium.By;

/** /order.xhtml?id=: one order with its history. */
public final class OrderPage extends Page {

    static final By TITLE = By.id("order-title");
    static final By STATUS = By.id("order-status");
    static final By TOTAL = By.id("order-total");
    static final By HISTORY_ROWS = By.cssSelector("#order-history .history-row");

    public OrderPage(Browser browser, String base) {
        super(browser, base);
    }

    OrderPage waitUntilShown() {
        browser.waitFor(TITLE);
        return this;
    }

    public String title() {
        return browser.text(TITLE);
    }

    public String statusCode() {
        return browser.attribute(STATUS, "data-status");
    }

    public String statusText() {
        return browser.text(STATUS);
    }

    public String total() {
        return browser.text(TOTAL);
    }

    /** The statuses the order went through, oldest first, as status codes. */
    public List<String> history() {
        return browser.driver().findElements(HISTORY_ROWS).stream().map(r -> r.getAttribute("data-status")).toList();
    }
}
