package coop.harvest.orders;

import static coop.harvest.orders.Market.demand;
import static coop.harvest.orders.Market.listing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Browser;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** A buyer's demand is matched, the cooperative confirms it on its page, and the buyer sees it confirmed. */
class OrdersBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser("zh-CN");

    private final ApiClient api = HarvestServer.shared().api();
    private final String base = HarvestServer.shared().baseUrl();

    private void signIn(TestAccount account) {
        browser.open(base + "/login.xhtml");
        browser.type(By.id("login:username"), account.username());
        browser.type(By.id("login:password"), Fixtures.PASSWORD);
        browser.click(By.id("login:submit"));
        browser.waitFor(By.id("dashboard-title"));
    }

    private void signOut() {
        browser.click(By.id("account:logout"));
        browser.waitFor(By.id("login-link"));
    }

    @Test
    void theCooperativeConfirmsAMatchedOrderAndTheBuyerSeesItConfirmed() {
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        listing(coop, product, "16.80", "200", "10");
        TestAccount buyer = Fixtures.buyer(api);
        JsonObject demand = demand(buyer, product, "60", "18.00", true);
        assertEquals("FILLED", demand.getString("status"), demand::toString);
        long order = demand.getJsonArray("orderIds").getJsonNumber(0).longValue();

        // the cooperative's unread count before this order: verification by the bureau has notified it already
        long before = coop.api().get("/api/notifications?unread=true").object().getJsonNumber("total").longValue() - 1;
        signIn(coop);
        browser.waitForText(By.id("notification-count"), Long.toString(before + 1));
        browser.open(base + "/coop/orders.xhtml");
        By row = By.cssSelector(".order-" + order);
        browser.waitFor(row);
        browser.click(By.cssSelector(".order-" + order + " .confirm-order"));
        browser.waitForAttribute(By.cssSelector(".order-" + order + " .order-status"), "data-status", "CONFIRMED");
        browser.waitForText(By.id("growl_container"), "已确认");
        browser.assertAccessible("cooperative's orders");
        // a new order while the page is open: the badge counts it without a reload
        long listing2 = listing(coop, product, "17.00", "50", "1");
        assertEquals(201, buyer.api().post("/api/orders", Market.orderBody(listing2, "5")).status());
        // the confirmation told both parties (the cooperative too), then the new order: three since sign-in
        browser.waitForText(By.id("notification-count"), Long.toString(before + 3));
        browser.assertNoConsoleErrors();
        signOut();

        signIn(buyer);
        browser.open(base + "/buyer/orders.xhtml");
        browser.waitForAttribute(By.cssSelector(".order-" + order + " .order-status"), "data-status", "CONFIRMED");
        browser.waitForText(By.cssSelector(".order-" + order + " .order-status"), "已确认");
        browser.click(By.cssSelector(".order-" + order + " .order-link"));
        browser.waitFor(By.id("order-history"));
        browser.waitForAttribute(By.id("order-status"), "data-status", "CONFIRMED");
        assertEquals(2, browser.driver().findElements(By.cssSelector("#order-history .history-row")).size());
        browser.waitForText(By.id("notification-count"), "3");
        browser.assertNoConsoleErrors();
    }
}
