package coop.harvest.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Browser;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import coop.harvest.web.pages.HomePage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole trade on the pages, in Chinese on a 360 px phone: a visitor searches "葡萄" (the product is called 提子),
 * signs in as a buyer from the listing page and orders there; the cooperative confirms, ships with a tracking number
 * and records the payment on the order's page; the buyer receives and rates it, and the rating shows on the
 * cooperative's public page.
 */
class TradeBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser("zh-CN");

    @RegisterExtension
    final Browser english = new Browser("en");

    private final ApiClient api = HarvestServer.shared().api();
    private final String base = HarvestServer.shared().baseUrl();

    private void signIn(TestAccount account) {
        browser.type(By.id("login:username"), account.username());
        browser.type(By.id("login:password"), Fixtures.PASSWORD);
        browser.click(By.id("login:submit"));
    }

    private void signOut() {
        browser.click(By.id("account:logout"));
        browser.waitFor(By.id("login-link"));
    }

    private void openOrder(long order) {
        browser.open(base + "/order.xhtml?id=" + order);
        browser.waitFor(By.id("order-title"));
    }

    @Test
    void aVisitorFindsGrapesOrdersThemAndRatesTheCooperative() {
        browser.viewport(360, 780);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        String marker = Fixtures.unique("vine").toLowerCase();
        Fixtures.ensureCertified(coop.api(), coop, "GREEN_FOOD", "grape");
        ApiClient.Response created = coop.api().post("/api/listings", Json.createObjectBuilder(
                Market.listingBody("grape", "9.00", "500", "20")).add("description", "阳光玫瑰 " + marker).build());
        assertEquals(201, created.status(), created::toString);
        long listing = created.object().getJsonNumber("id").longValue();
        TestAccount buyer = Fixtures.buyer(api);
        assertEquals(200, buyer.api().put("/api/me", Json.createObjectBuilder()
                .add("deliveryAddress", "怀化市鹤城区迎丰中路 1 号").build()).status());

        // a visitor searches with the everyday word and opens the listing
        HomePage home = new HomePage(browser, base).open();
        home.search("葡萄 " + marker, null, null);
        home.waitForResult(marker);
        home.openListing(listing);
        browser.waitFor(By.id("order-login"));
        browser.fullPageScreenshot("trade-1-listing-visitor-zh-360", 360);
        browser.click(By.id("order-login"));

        // signing in comes back to the listing, where the buyer orders
        signIn(buyer);
        browser.waitFor(By.id("order:quantity"));
        assertEquals("怀化市鹤城区迎丰中路 1 号", browser.driver().findElement(By.id("order:deliveryAddress"))
                .getAttribute("value"));
        assertEquals("20", browser.driver().findElement(By.id("order:quantity")).getAttribute("value"));
        browser.type(By.id("order:quantity"), "30");
        browser.waitForText(By.id("order-total"), "270.00");
        browser.type(By.id("order:note"), "请周五前送到");
        browser.assertNoConsoleErrors();
        browser.fullPageScreenshot("trade-2-listing-order-zh-360", 360);
        browser.click(By.id("order:place"));
        browser.waitFor(By.id("order-title"));
        browser.waitForAttribute(By.id("order-status"), "data-status", "PENDING_CONFIRMATION");
        assertTrue(browser.text(By.id("order-note")).contains("请周五前送到"));
        long order = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        JsonObject placed = buyer.api().get("/api/orders/" + order).object();
        assertEquals(0, new java.math.BigDecimal("30").compareTo(placed.getJsonNumber("quantity").bigDecimalValue()));
        assertEquals("怀化市鹤城区迎丰中路 1 号", placed.getString("deliveryAddress"));
        signOut();

        // the cooperative confirms, ships with a tracking number and records the payment
        browser.open(base + "/login.xhtml");
        signIn(coop);
        browser.waitFor(By.id("dashboard-title"));
        openOrder(order);
        browser.click(By.id("act:confirm"));
        browser.waitForAttribute(By.id("order-status"), "data-status", "CONFIRMED");
        assertTrue(browser.text(By.id("order-counterparty")).contains("采购员 " + buyer.username()));
        browser.type(By.id("act:carrier"), "顺丰冷运");
        browser.type(By.id("act:trackingNumber"), "SF1402338761205");
        browser.click(By.id("act:ship"));
        browser.waitForAttribute(By.id("order-status"), "data-status", "SHIPPED");
        browser.waitForText(By.id("shipment-tracking"), "SF1402338761205");
        new Select(browser.waitFor(By.id("act:paymentMethod"))).selectByValue("WECHAT");
        browser.type(By.id("act:paymentReference"), "WX-0001");
        browser.click(By.id("act:paid"));
        browser.waitForAttribute(By.id("payment-status"), "data-status", "PAID");
        browser.waitForText(By.id("payment-method"), "微信支付");
        browser.assertNoConsoleErrors();
        browser.fullPageScreenshot("trade-3-order-cooperative-zh-360", 360);
        signOut();

        // the buyer sees the shipment, receives the goods and rates the cooperative
        browser.open(base + "/login.xhtml");
        signIn(buyer);
        browser.waitFor(By.id("dashboard-title"));
        openOrder(order);
        browser.waitForText(By.id("shipment-tracking"), "SF1402338761205");
        assertTrue(browser.text(By.id("order-counterparty")).contains(coop.username() + "@example.org"));
        browser.click(By.id("act:receive"));
        browser.waitForAttribute(By.id("order-status"), "data-status", "COMPLETED");
        browser.click(By.cssSelector("input[name='act:rating'][value='5']"));
        browser.type(By.id("act:comment"), "提子新鲜，包装很好");
        browser.click(By.id("act:review"));
        browser.waitForAttribute(By.id("review-rating"), "data-rating", "5");
        browser.assertNoConsoleErrors();
        browser.assertAccessible("order page");
        browser.fullPageScreenshot("trade-4-order-buyer-zh-360", 360);

        // the rating shows on the cooperative's public page
        browser.click(By.id("order-cooperative"));
        browser.waitFor(By.id("cooperative-rating"));
        assertEquals("1", browser.attribute(By.id("cooperative-rating"), "data-count"));
        assertTrue(browser.text(By.id("cooperative-rating")).contains("5"));
        browser.waitForText(By.id("review-list"), "提子新鲜，包装很好");
        browser.fullPageScreenshot("trade-5-cooperative-zh-360", 360);
        assertEquals(0, browser.horizontalOverflow(), "the cooperative's page fits a 360 px screen");
        browser.assertNoConsoleErrors();
    }

    @Test
    void aBuyerOrdersOnTheListingPageInEnglishOnADesktop() {
        english.viewport(1280, 900);
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        long listing = Market.listing(coop, product, "12.50", "80", "5");
        TestAccount buyer = Fixtures.buyer(api);

        english.open(base + "/listing.xhtml?id=" + listing);
        english.waitFor(By.id("order-login"));
        english.assertAccessible("listing page, visitor");
        english.open(base + "/login.xhtml?next=%2Flisting.xhtml%3Fid%3D" + listing);
        english.type(By.id("login:username"), buyer.username());
        english.type(By.id("login:password"), Fixtures.PASSWORD);
        english.click(By.id("login:submit"));
        english.waitFor(By.id("order:quantity"));
        // more than 3 decimals (the browser's own checks let it through): the error stands by the quantity, in English
        english.type(By.id("order:quantity"), "6.12345");
        english.click(By.id("order:place"));
        english.waitForText(By.id("order-panel"), "with at most 3 decimals");
        english.type(By.id("order:quantity"), "8");
        english.waitForText(By.id("order-total"), "100.00");
        english.assertAccessible("listing page, buyer");
        english.assertNoConsoleErrors();
        english.fullPageScreenshot("trade-6-listing-order-en-1280", 1280);
        english.click(By.id("order:place"));
        english.waitForAttribute(By.id("order-status"), "data-status", "PENDING_CONFIRMATION");
        english.waitForText(By.id("order-contact"), "Once the cooperative confirms");
        english.assertAccessible("order page, buyer");
        english.assertNoConsoleErrors();
        english.fullPageScreenshot("trade-7-order-en-1280", 1280);
    }
}
