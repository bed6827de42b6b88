package coop.harvest.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Browser;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole order-farming journey through the pages: a buyer (in English) publishes an offer, two cooperatives (in
 * Chinese) commit, the buyer accepts one, that cooperative ships the first delivery from its calendar, and the buyer
 * receives it on its orders page; staff (in Chinese) see the figures with their chart.
 */
class ContractsBrowserIT {

    @RegisterExtension
    final Browser english = new Browser("en");

    @RegisterExtension
    final Browser chinese = new Browser("zh");

    private final String base = HarvestServer.shared().baseUrl();

    @Test
    void aBuyerPublishesTwoCooperativesCommitOneIsAcceptedShipsAndTheBuyerReceives() {
        ApiClient api = HarvestServer.shared().api();
        TestAccount buyer = Fixtures.buyer(api);
        TestAccount first = ContractsIT.verifiedUncertified(api);
        TestAccount second = ContractsIT.verifiedUncertified(api);

        english.viewport(1280, 900);
        signIn(english, buyer.username(), Fixtures.PASSWORD);
        english.open(base + "/buyer/contracts.xhtml");
        english.waitForText(By.id("buyer-contracts-title"), "My contract offers");
        new Select(english.waitFor(By.id("offer:product"))).selectByValue("kiwi");
        english.type(By.id("offer:totalQuantity"), "1000");
        new Select(english.waitFor(By.id("offer:pricingType"))).selectByValue("FIXED");
        english.type(By.id("offer:price"), "8.80");
        english.type(By.id("offer:commitBy"), ContractsIT.TODAY.plusDays(10).toString());
        english.type(By.id("offer:rows:0:date"), ContractsIT.TODAY.plusDays(40).toString());
        english.type(By.id("offer:rows:0:percent"), "50");
        english.type(By.id("offer:rows:1:date"), ContractsIT.TODAY.plusDays(80).toString());
        english.type(By.id("offer:rows:1:percent"), "50");
        english.type(By.id("offer:description"), "Kiwi for the Wuxi market, two deliveries");
        english.click(By.id("offer:publish"));
        english.waitFor(By.id("offers:offer-list"));
        JsonObject offer = api.get("/api/contract-offers?buyerId=" + buyer.id()).object().getJsonArray("items")
                .getJsonObject(0);
        long offerId = ContractsIT.id(offer);
        assertEquals("OPEN", offer.getString("status"));
        english.fullPageScreenshot("contracts-buyer-en-1280", 1280);
        english.assertAccessible("buyer contracts");
        english.assertNoConsoleErrors();

        chinese.viewport(360, 800);
        chinese.open(base + "/contracts.xhtml?product=kiwi");
        chinese.waitForText(By.id("contracts-title"), "订单农业");
        chinese.waitFor(By.cssSelector("a.offer-link[href$='id=" + offerId + "']"));
        assertTrue(chinese.horizontalOverflow() <= 0, "no sideways scrolling at 360 px");
        assertTrue(chinese.driver().manage().getCookieNamed("JSESSIONID") == null, "the public list keeps no session");
        chinese.fullPageScreenshot("contracts-open-zh-360", 360);
        chinese.assertAccessible("open contract offers");
        chinese.assertNoConsoleErrors();
        commit(first, offerId, "600");
        commit(second, offerId, "300");

        english.open(base + "/buyer/contracts.xhtml");
        String firstName = api.get("/api/cooperatives/" + first.cooperativeId()).object().getString("name");
        By accept = By.xpath("//tr[contains(@class,'proposal-row')][.//span[text()='" + firstName + "']]"
                + "//input[contains(@class,'accept-proposal')]");
        english.click(accept);
        english.waitFor(By.cssSelector("#buyer-contract-list ~ article, article.contract"));
        long contractId = ContractsIT.id(first.api().get("/api/contracts").object().getJsonArray("items")
                .getJsonObject(0));
        assertEquals("ACTIVE", first.api().get("/api/contracts/" + contractId).object().getString("status"));

        chinese.driver().manage().deleteAllCookies();
        signIn(chinese, first.username(), Fixtures.PASSWORD);
        chinese.open(base + "/coop/contracts.xhtml");
        chinese.waitForText(By.id("coop-contracts-title"), "我的订单农业合同");
        chinese.waitFor(By.cssSelector("#calendar .ship-quantity"));
        assertTrue(chinese.horizontalOverflow() <= 0, "no sideways scrolling at 360 px");
        chinese.fullPageScreenshot("contracts-coop-zh-360", 360);
        chinese.assertAccessible("cooperative contracts");
        chinese.assertNoConsoleErrors();
        chinese.type(By.cssSelector("#calendar tbody tr:first-child .ship-quantity"), "290");
        chinese.click(By.cssSelector("#calendar tbody tr:first-child .ship-delivery"));
        chinese.waitFor(By.cssSelector("#calendar .delivery-status[data-status='SHIPPED']"));
        JsonObject delivery = first.api().get("/api/contracts/" + contractId).object().getJsonArray("deliveries")
                .getJsonObject(0);
        assertEquals("SHIPPED", delivery.getString("status"));
        long orderId = delivery.getJsonNumber("orderId").longValue();

        english.open(base + "/buyer/orders.xhtml");
        english.click(By.cssSelector(".order-" + orderId + " .receive-order"));
        english.waitFor(By.cssSelector(".order-" + orderId + " .order-status[data-status='COMPLETED']"));
        assertEquals("RECEIVED", buyer.api().get("/api/contracts/" + contractId).object()
                .getJsonArray("deliveries").getJsonObject(0).getString("status"));

        chinese.driver().manage().deleteAllCookies();
        chinese.viewport(1280, 900);
        signIn(chinese, HarvestServer.ADMIN_USERNAME, HarvestServer.ADMIN_PASSWORD);
        chinese.open(base + "/staff/contracts.xhtml");
        chinese.waitForText(By.id("staff-contracts-title"), "订单农业统计");
        chinese.waitFor(By.cssSelector("#stats .stats-row"));
        chinese.waitFor(By.cssSelector("canvas"));
        chinese.fullPageScreenshot("contracts-staff-zh-1280", 1280);
        chinese.assertAccessible("staff contract figures");
        chinese.assertNoConsoleErrors();
    }

    private void commit(TestAccount coop, long offerId, String quantity) {
        chinese.driver().manage().deleteAllCookies();
        signIn(chinese, coop.username(), Fixtures.PASSWORD);
        chinese.open(base + "/contract-offer.xhtml?id=" + offerId);
        chinese.waitForText(By.id("offer-title"), "收购要约");
        chinese.type(By.id("commit:quantity"), quantity);
        chinese.type(By.id("commit:acreage"), "12.5");
        chinese.click(By.id("commit:submit"));
        chinese.waitForText(By.id("coop-contracts-title"), "我的订单农业合同");
    }

    private void signIn(Browser browser, String username, String password) {
        browser.open(base + "/login.xhtml");
        browser.type(By.id("login:username"), username);
        browser.type(By.id("login:password"), password);
        browser.click(By.id("login:submit"));
        browser.waitFor(By.id("dashboard-title"));
    }
}
