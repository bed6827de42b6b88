package coop.harvest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Browser;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import coop.harvest.it.Trades;
import coop.harvest.web.pages.BuyerDashboardPage;
import coop.harvest.web.pages.CoopDashboardPage;
import coop.harvest.web.pages.HomePage;
import coop.harvest.web.pages.ListingPage;
import coop.harvest.web.pages.OrderListPage;
import coop.harvest.web.pages.OrderPage;
import coop.harvest.web.pages.RegisterPage;
import coop.harvest.web.pages.SignInPage;
import coop.harvest.web.pages.StaffDeskPage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The main journeys of each role, end to end through the pages, each in one test: what the user sees is asserted
 * at every step, and pages with data are checked with axe-core and for console errors on the way. Only the other
 * party's steps (a buyer's order, the bureau's verification, the cooperative's shipping) go through the API.
 * Two journeys run in English and two in Chinese; a failing journey leaves a screenshot in target/screenshots.
 */
class JourneysIT {

    @RegisterExtension
    final Browser english = new Browser("en-US");

    @RegisterExtension
    final Browser chinese = new Browser("zh-CN");

    private final ApiClient api = HarvestServer.shared().api();
    private final String base = HarvestServer.shared().baseUrl();

    @Test
    void aVisitorSearchesAndOpensAListing() {
        String product = Trades.product(api, "测试金银花", "Test honeysuckle");
        TestAccount coop = Fixtures.verifiedCooperative(api);
        String coopName = Trades.cooperativeName(api, coop.cooperativeId());
        String word = "sunny" + Fixtures.unique("slope").replace("-", "");
        long id = Trades.id(Trades.listing(coop, product, "1234.5", "500", "Hand-picked on the " + word));
        // the same produce and words in another county: the county filter leaves it out
        Trades.listing(coop, product, "999", "80", "Also from the " + word, "辰溪县");

        HomePage home = new HomePage(english, base).open();
        home.search(word, product, "溆浦县");
        home.waitForResult(word);
        assertEquals(1, home.total(), home::results);
        String result = home.results();
        assertContains(result, "Test honeysuckle " + product);
        assertContains(result, "¥1,234.50/kg");
        assertContains(result, "500 kg");
        assertContains(result, coopName);
        assertContains(result, "Xupu County");
        english.assertAccessible("home with search results");
        english.assertNoConsoleErrors();

        ListingPage listing = home.openListing(id);
        assertContains(listing.title(), "Test honeysuckle " + product);
        assertContains(listing.title(), "First grade");
        assertEquals("On sale", listing.status());
        assertContains(listing.price(), "¥1,234.50");
        assertContains(listing.facts(), "500 kg");
        assertContains(listing.facts(), "Offered by");
        assertEquals(coopName, listing.cooperative());
        assertContains(listing.description(), word);
        english.assertAccessible("listing page");
        english.assertNoConsoleErrors();
    }

    @Test
    void aCooperativeRegistersListsProduceAndConfirmsAnOrder() {
        String product = Trades.product(api, "测试金银花", "Test honeysuckle");
        String username = Fixtures.unique("xupu");
        String coopName = "溆浦县金银花专业合作社 " + username;
        CoopDashboardPage registered = new RegisterPage(chinese, base).open().registerCooperative(username,
                Fixtures.PASSWORD, "向诗成", username + "@example.org", coopName, Fixtures.registrationNumber(), "溆浦县");
        registered.waitForFeedback("账户已创建");
        assertContains(registered.mainText(), "等待农业局认证");

        // the bureau verifies the new cooperative
        ApiClient own = api.withToken(Fixtures.token(api, username, Fixtures.PASSWORD));
        long cooperativeId = own.get("/api/me").object().getJsonNumber("cooperativeId").longValue();
        ApiClient.Response verified = Fixtures.staff(api).api()
                .post("/api/moderation/cooperatives/" + cooperativeId + "/verify", "");
        assertEquals(200, verified.status(), verified::toString);

        CoopDashboardPage dashboard = new CoopDashboardPage(chinese, base).open().waitUntilShown();
        assertEquals("我的合作社", dashboard.title());
        String word = "头茬" + Fixtures.unique("花").replace("-", "");
        dashboard.offer(product, "PREMIUM", "溆浦县", "800", "10", "36.8", word + " 金银花，晒干包装");
        dashboard.waitForFeedback("供应信息已保存");
        dashboard.waitForListing(word);
        String row = dashboard.listingRow(word);
        assertContains(row, "在售");
        assertContains(row, "¥36.80");
        long listingId = dashboard.listingId(word);
        long unread = dashboard.unreadNotifications();

        // a buyer orders from the new listing
        TestAccount buyer = Fixtures.buyer(api);
        long orderId = Trades.id(Trades.order(buyer, listingId, "20"));
        dashboard.waitForUnreadNotifications(unread + 1);
        chinese.assertAccessible("cooperative dashboard with a listing");
        chinese.assertNoConsoleErrors();

        OrderListPage orders = dashboard.openOrders();
        orders.waitForStatus(orderId, "PENDING_CONFIRMATION");
        assertEquals("待确认", orders.statusText(orderId));
        assertContains(orders.row(orderId), "¥736.00");
        assertContains(orders.row(orderId), "怀化五溪农产品批发市场 " + buyer.username());
        chinese.assertAccessible("incoming orders with a pending order");

        orders.confirm(orderId);
        orders.waitForStatus(orderId, "CONFIRMED");
        orders.waitForFeedback("订单 #" + orderId + " 已确认");
        assertEquals("已确认", orders.statusText(orderId));
        assertEquals("CONFIRMED", buyer.api().get("/api/orders/" + orderId).object().getString("status"));
        chinese.assertAccessible("incoming orders with a confirmed order");
        chinese.assertNoConsoleErrors();
    }

    @Test
    void aBuyerPostsADemandAndFollowsItsOrderToCompleted() {
        String product = Trades.product(api, "测试猕猴桃", "Test kiwi");
        TestAccount coop = Fixtures.verifiedCooperative(api);
        String coopName = Trades.cooperativeName(api, coop.cooperativeId());
        Trades.listing(coop, product, "12.40", "300", "Xupu kiwi, picked to order");
        TestAccount buyer = Fixtures.buyer(api);

        new SignInPage(english, base).open().signIn(buyer.username(), Fixtures.PASSWORD);
        BuyerDashboardPage dashboard = new BuyerDashboardPage(english, base).waitUntilShown();
        assertEquals("My purchasing", dashboard.title());
        dashboard.postDemand(product, "SECOND", "40", "15", "溆浦县");
        dashboard.waitForFeedback("Your demand is posted");
        dashboard.waitForDemand("Filled");
        assertContains(dashboard.demands(), "Test kiwi " + product);
        assertContains(dashboard.demands(), "40 kg");
        assertContains(dashboard.demands(), "¥15.00");
        english.assertAccessible("buyer dashboard with a filled demand");
        english.assertNoConsoleErrors();

        OrderListPage orders = dashboard.openOrders();
        List<Long> ids = orders.orderIds();
        assertEquals(1, ids.size(), () -> "one order from the one matching listing: " + ids);
        long orderId = ids.get(0);
        orders.waitForStatus(orderId, "PENDING_CONFIRMATION");
        assertEquals("Awaiting confirmation", orders.statusText(orderId));
        assertContains(orders.row(orderId), "¥496.00");
        assertContains(orders.row(orderId), coopName);
        assertFalse(orders.offers(orderId, "receive-order"), "nothing to receive before shipping");
        english.assertAccessible("buyer orders with a pending order");

        Trades.act(coop, orderId, "confirm");
        orders.open("buyer").waitForStatus(orderId, "CONFIRMED");
        assertEquals("Confirmed", orders.statusText(orderId));
        Trades.act(coop, orderId, "ship");
        orders.open("buyer").waitForStatus(orderId, "SHIPPED");
        assertEquals("Shipped", orders.statusText(orderId));
        assertTrue(orders.offers(orderId, "receive-order"), "a shipped order can be received");

        orders.receive(orderId);
        orders.waitForStatus(orderId, "COMPLETED");
        orders.waitForFeedback("Order #" + orderId + " received and completed.");
        assertEquals("Completed", orders.statusText(orderId));
        english.assertAccessible("buyer orders with a completed order");

        OrderPage order = orders.openOrder(orderId);
        assertEquals("COMPLETED", order.statusCode());
        assertEquals("Completed", order.statusText());
        assertContains(order.total(), "496.00");
        assertEquals(List.of("PENDING_CONFIRMATION", "CONFIRMED", "SHIPPED", "COMPLETED"), order.history());
        english.assertAccessible("order page with its history");
        english.assertNoConsoleErrors();
    }

    @Test
    void staffApproveOneListingAndRejectAnotherWithAReason() {
        String reason = "缺少绿色食品证书，请补充后重新提交";
        String product = Trades.product(api, "测试冰糖橙", "Test orange");
        TestAccount coop = Fixtures.cooperative(api);
        String wordA = "麻阳" + Fixtures.unique("甲").replace("-", "");
        String wordB = "麻阳" + Fixtures.unique("乙").replace("-", "");
        var approved = Trades.listing(coop, product, "22", "100", wordA + " 冰糖橙");
        var rejected = Trades.listing(coop, product, "23", "100", wordB + " 冰糖橙");
        assertEquals("PENDING_REVIEW", approved.getString("status"), "an unverified cooperative's listing waits");
        long approveId = Trades.id(approved);
        long rejectId = Trades.id(rejected);

        new SignInPage(chinese, base).open().signIn(HarvestServer.ADMIN_USERNAME, HarvestServer.ADMIN_PASSWORD);
        StaffDeskPage desk = new StaffDeskPage(chinese, base).open();
        assertEquals("农业局工作台", desk.title());
        assertTrue(desk.pendingListings() >= 2, "the count includes both listings");
        assertContains(desk.listingRow(approveId), wordA);
        assertContains(desk.listingRow(rejectId), wordB);
        chinese.assertAccessible("staff queue with pending listings");
        chinese.assertNoConsoleErrors();

        desk.approve(approveId);
        desk.waitForFeedback("供应信息 " + approveId + " 已通过审核");
        assertTrue(desk.leftQueue(approveId), "the approved listing left the queue");
        desk.reject(rejectId, reason);
        desk.waitForFeedback("供应信息 " + rejectId + " 已驳回");
        assertTrue(desk.leftQueue(rejectId), "the rejected listing left the queue");
        chinese.assertAccessible("staff queue after the decisions");
        chinese.assertNoConsoleErrors();
        desk.signOut();

        ListingPage listing = new ListingPage(chinese, base).open(approveId);
        assertEquals("在售", listing.status(), "the approved listing is public");
        assertContains(listing.description(), wordA);

        new SignInPage(chinese, base).open().signIn(coop.username(), Fixtures.PASSWORD);
        CoopDashboardPage dashboard = new CoopDashboardPage(chinese, base).waitUntilShown();
        String row = dashboard.listingRow(wordB);
        assertContains(row, "未通过审核");
        assertContains(row, reason);
        assertContains(dashboard.listingRow(wordA), "在售");
        chinese.assertAccessible("cooperative dashboard with a rejected listing");
        chinese.assertNoConsoleErrors();
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "expected \"" + expected + "\" in:\n" + text);
    }
}
