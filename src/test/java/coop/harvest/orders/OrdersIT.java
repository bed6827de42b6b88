package coop.harvest.orders;

import static coop.harvest.orders.Market.available;
import static coop.harvest.orders.Market.get;
import static coop.harvest.orders.Market.listing;
import static coop.harvest.orders.Market.orderBody;
import static coop.harvest.orders.Market.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.Answers;
import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Direct purchases and the order lifecycle over HTTP, as buyers and cooperatives use them. */
class OrdersIT {

    private final ApiClient api = HarvestServer.shared().api();

    private JsonObject place(TestAccount buyer, long listingId, String quantity) {
        ApiClient.Response placed = buyer.api().post("/api/orders", orderBody(listingId, quantity));
        assertEquals(201, placed.status(), placed::toString);
        return placed.object();
    }

    private long id(JsonObject order) {
        return order.getJsonNumber("id").longValue();
    }

    @Test
    void oneBuyerCannotHoardAListingAndTheCooperativeDeclinesAllItsPendingOrdersAtOnce() {
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        TestAccount hoarder = Fixtures.buyer(api);
        long big = listing(coop, product, "3.00", "9000", "1");
        // default cap: 5,000 unconfirmed on one listing
        ApiClient.Response tooMuch = hoarder.api().post("/api/orders", orderBody(big, "5000.5"));
        assertTrue(tooMuch.isProblem(409), tooMuch::toString);
        assertTrue(tooMuch.object().getString("detail").contains("5000"), tooMuch::toString);
        long first = id(place(hoarder, big, "3000"));
        ApiClient.Response more = hoarder.api().post("/api/orders", orderBody(big, "2500"));
        assertTrue(more.isProblem(409), "3,000 + 2,500 held unconfirmed: " + more);
        // both refusals come after the listing could give the quantity: neither keeps any of it
        assertTrue(same("6000", available(api, big)), "refused orders reserve nothing");
        long other = listing(coop, product, "3.10", "100", "1");
        long second = id(place(hoarder, other, "50"));

        TestAccount otherCoop = Fixtures.verifiedCooperative(api);
        ApiClient.Response notTheirs = otherCoop.api().post("/api/orders/decline-pending", Json.createObjectBuilder()
                .add("buyerId", hoarder.id()).add("reason", "囤货").build());
        assertEquals(0, notTheirs.object().getJsonArray("declined").size(), "only its own listings' orders");
        assertTrue(coop.api().post("/api/orders/decline-pending", Json.createObjectBuilder()
                .add("buyerId", hoarder.id()).build()).isProblem(422), "a reason is required");
        ApiClient.Response declined = coop.api().post("/api/orders/decline-pending", Json.createObjectBuilder()
                .add("buyerId", hoarder.id()).add("reason", "囤货不买").build());
        assertEquals(200, declined.status(), declined::toString);
        assertEquals(2, declined.object().getJsonArray("declined").size(), declined::toString);
        for (long order : List.of(first, second)) {
            assertEquals("DECLINED", hoarder.api().get("/api/orders/" + order).object().getString("status"));
        }
        assertEquals(201, hoarder.api().post("/api/orders", orderBody(big, "2500")).status(),
                "declined orders hold nothing");
    }

    @Test
    void theCapInAllCountsEveryPendingOrderOfTheBuyer() {
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        TestAccount buyer = Fixtures.buyer(api);
        // default cap in all: 20,000 unconfirmed; each order below stays under one listing's 5,000
        for (int i = 0; i < 5; i++) {
            place(buyer, listing(coop, product, "2.00", "4000", "1"), "4000");
        }
        long sixth = listing(coop, product, "2.00", "100", "1");
        ApiClient.Response overTheCap = buyer.api().post("/api/orders", orderBody(sixth, "1"));
        assertTrue(overTheCap.isProblem(409), "20,000 held unconfirmed in all: " + overTheCap);
        assertTrue(overTheCap.object().getString("detail").contains("20000"), overTheCap::toString);
        assertTrue(same("100", available(api, sixth)), "the refused order reserves nothing");
    }

    @Test
    void aDirectPurchaseReservesQuantityAtTheListingsPrice() {
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        TestAccount buyer = Fixtures.buyer(api);
        long listing = listing(coop, product, "18.50", "100", "5");

        ApiClient.Response placed = buyer.api().post("/api/orders", orderBody(listing, "12.5"));
        assertEquals(201, placed.status(), placed::toString);
        JsonObject order = placed.object();
        assertTrue(placed.header("Location").endsWith("/api/orders/" + id(order)), placed::toString);
        assertEquals("PENDING_CONFIRMATION", order.getString("status"));
        assertEquals(listing, order.getJsonNumber("listingId").longValue());
        assertFalse(order.containsKey("demandId"), "a direct purchase has no demand");
        assertEquals(buyer.id(), order.getJsonObject("buyer").getJsonNumber("id").longValue());
        assertTrue(order.getJsonObject("buyer").getString("name").startsWith("怀化五溪农产品批发市场"));
        assertEquals(coop.cooperativeId(), order.getJsonObject("cooperative").getJsonNumber("id").longValue());
        assertEquals(product, order.getString("product"));
        assertTrue(same("12.5", order.getJsonNumber("quantity").bigDecimalValue()));
        assertTrue(same("18.50", order.getJsonNumber("unitPrice").bigDecimalValue()));
        assertEquals("231.25", order.getJsonNumber("total").bigDecimalValue().toPlainString());
        assertNotNull(order.getString("confirmBy"));
        assertEquals(1, order.getJsonArray("history").size());
        assertEquals("PENDING_CONFIRMATION", order.getJsonArray("history").getJsonObject(0).getString("status"));
        assertEquals(buyer.username(), order.getJsonArray("history").getJsonObject(0).getString("by"));
        assertTrue(same("87.5", available(api, listing)), "the quantity is reserved");
        Answers.assertStoredAs(order, get(buyer, "/api/orders/" + id(order)));
    }

    @Test
    void refusesOrdersThatBreakTheRulesAndChangesNothing() {
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        TestAccount buyer = Fixtures.buyer(api);
        long listing = listing(coop, product, "10.00", "20", "5");

        assertTrue(buyer.api().post("/api/orders", orderBody(listing, "4.999")).isProblem(422), "below minimum");
        assertTrue(buyer.api().post("/api/orders", orderBody(listing, "-6")).isProblem(422), "negative");
        assertTrue(buyer.api().post("/api/orders", orderBody(listing, "6.0001")).isProblem(422), "4 decimals");
        assertTrue(buyer.api().post("/api/orders", orderBody(listing, "20.001")).isProblem(409), "too much");
        assertTrue(buyer.api().post("/api/orders", orderBody(999_999_999L, "6")).isProblem(404), "unknown listing");
        assertTrue(buyer.api().post("/api/orders", "{\"listingId\": " + listing + ", \"quantity\": 6, "
                + "\"status\": \"CONFIRMED\"}").isProblem(422), "read-only field");
        assertTrue(buyer.api().post("/api/orders", "{\"listingId\": \"x\"}").isProblem(400), "wrong type");
        assertTrue(buyer.api().post("/api/orders", "{").isProblem(400), "malformed");
        assertTrue(coop.api().post("/api/orders", orderBody(listing, "6")).isProblem(403), "cooperatives sell");
        assertTrue(api.post("/api/orders", orderBody(listing, "6")).isProblem(401), "anonymous");
        assertTrue(same("20", available(api, listing)), "nothing was reserved");
        assertEquals(0, get(buyer, "/api/orders").getInt("total"));

        place(buyer, listing, "20");
        assertEquals("SOLD_OUT", api.get("/api/listings/" + listing).object().getString("status"));
        assertTrue(buyer.api().post("/api/orders", orderBody(listing, "5")).isProblem(409), "sold out");
    }

    @Test
    void theHappyPathRecordsEveryChangeAndEachActionBelongsToItsParty() {
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        TestAccount buyer = Fixtures.buyer(api);
        long order = id(place(buyer, listing(coop, product, "9.90", "50", "1"), "10"));

        assertTrue(buyer.api().post("/api/orders/" + order + "/confirm", "").isProblem(403), "buyer cannot confirm");
        assertTrue(coop.api().post("/api/orders/" + order + "/receive", "").isProblem(403), "coop cannot receive");
        assertTrue(coop.api().post("/api/orders/" + order + "/ship", "").isProblem(409), "not confirmed yet");

        ApiClient.Response confirmed = coop.api().post("/api/orders/" + order + "/confirm", "");
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals("CONFIRMED", confirmed.object().getString("status"));
        assertTrue(coop.api().post("/api/orders/" + order + "/confirm", "").isProblem(409), "confirmed already");
        assertEquals("SHIPPED", coop.api().post("/api/orders/" + order + "/ship", "").object().getString("status"));
        assertTrue(buyer.api().post("/api/orders/" + order + "/cancel",
                Json.createObjectBuilder().add("reason", "too late").build()).isProblem(409), "shipped already");
        JsonObject completed = buyer.api().post("/api/orders/" + order + "/receive", "").object();
        assertEquals("COMPLETED", completed.getString("status"));
        assertEquals(List.of("PENDING_CONFIRMATION", "CONFIRMED", "SHIPPED", "COMPLETED"),
                completed.getJsonArray("history").stream().map(h -> h.asJsonObject().getString("status")).toList());
        assertEquals(coop.username(), completed.getJsonArray("history").getJsonObject(1).getString("by"));

        assertTrue(buyer.api().post("/api/orders/" + order + "/dispute", Json.createObjectBuilder()
                .add("reason", "").build()).isProblem(422), "a dispute needs a reason");
        JsonObject disputed = buyer.api().post("/api/orders/" + order + "/dispute", Json.createObjectBuilder()
                .add("reason", "三箱果实腐烂").build()).object();
        assertEquals("DISPUTED", disputed.getString("status"));
        assertEquals("三箱果实腐烂", disputed.getJsonArray("history").getJsonObject(4).getString("note"));
    }

    @Test
    void aDeclineGivesTheQuantityBackAndTellsTheBuyerWhy() {
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        TestAccount buyer = Fixtures.buyer(api);
        long listing = listing(coop, product, "12.00", "30", "1");
        long order = id(place(buyer, listing, "30"));
        assertEquals("SOLD_OUT", api.get("/api/listings/" + listing).object().getString("status"));

        assertTrue(coop.api().post("/api/orders/" + order + "/decline", Json.createObjectBuilder().build())
                .isProblem(422), "a decline needs a reason");
        JsonObject declined = coop.api().post("/api/orders/" + order + "/decline",
                Json.createObjectBuilder().add("reason", "冷库故障，无法按时发货").build()).object();
        assertEquals("DECLINED", declined.getString("status"));
        assertTrue(same("30", available(api, listing)), "quantity back");
        assertEquals("ACTIVE", api.get("/api/listings/" + listing).object().getString("status"), "on sale again");

        JsonObject notifications = get(buyer, "/api/notifications?unread=true");
        assertTrue(notifications.getJsonArray("items").stream().map(JsonObject.class::cast)
                        .anyMatch(n -> n.getString("type").equals("ORDER_DECLINED")
                                && n.getString("message").contains("冷库故障，无法按时发货")
                                && n.getString("link").equals("/order.xhtml?id=" + order)),
                notifications::toString);
    }

    @Test
    void eitherPartyMayCancelBeforeShipping() {
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        TestAccount buyer = Fixtures.buyer(api);
        long listing = listing(coop, product, "12.00", "30", "1");
        long first = id(place(buyer, listing, "10"));
        long second = id(place(buyer, listing, "10"));
        coop.api().post("/api/orders/" + second + "/confirm", "");

        JsonObject byBuyer = buyer.api().post("/api/orders/" + first + "/cancel",
                Json.createObjectBuilder().add("reason", "plans changed").build()).object();
        assertEquals("CANCELLED", byBuyer.getString("status"));
        JsonObject byCoop = coop.api().post("/api/orders/" + second + "/cancel",
                Json.createObjectBuilder().add("reason", "hail damage").build()).object();
        assertEquals("CANCELLED", byCoop.getString("status"));
        assertTrue(same("30", available(api, listing)));
        assertTrue(buyer.api().post("/api/orders/" + first + "/cancel", "{}").isProblem(409), "cancelled already");
    }

    @Test
    void anOrderIsVisibleToItsPartiesAndStaffOnly() {
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        TestAccount buyer = Fixtures.buyer(api);
        long order = id(place(buyer, listing(coop, product, "8.00", "30", "1"), "3"));

        assertEquals(200, buyer.api().get("/api/orders/" + order).status());
        assertEquals(200, coop.api().get("/api/orders/" + order).status());
        assertEquals(200, Fixtures.staff(api).api().get("/api/orders/" + order).status());
        assertTrue(Fixtures.buyer(api).api().get("/api/orders/" + order).isProblem(404));
        assertTrue(Fixtures.verifiedCooperative(api).api().get("/api/orders/" + order).isProblem(404));
        assertTrue(api.get("/api/orders/" + order).isProblem(401));
        assertTrue(buyer.api().get("/api/orders/abc").isProblem(400));

        assertEquals(1, get(buyer, "/api/orders").getInt("total"));
        assertEquals(1, get(coop, "/api/orders?status=PENDING_CONFIRMATION").getInt("total"));
        assertEquals(0, get(coop, "/api/orders?status=CONFIRMED").getInt("total"));
        assertTrue(coop.api().get("/api/orders?status=LOST").isProblem(422));
        assertTrue(coop.api().get("/api/orders?size=101").isProblem(422));
        assertEquals(0, get(Fixtures.buyer(api), "/api/orders").getInt("total"));
    }

    @Test
    void notificationsAreListedNewestFirstAndCanBeMarkedRead() {
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        TestAccount buyer = Fixtures.buyer(api);
        long order = id(place(buyer, listing(coop, product, "8.00", "30", "1"), "3"));
        coop.api().post("/api/orders/" + order + "/confirm", "");

        JsonObject page = get(buyer, "/api/notifications");
        assertEquals(2, page.getInt("total"), page::toString);
        JsonObject newest = page.getJsonArray("items").getJsonObject(0);
        assertEquals("ORDER_CONFIRMED", newest.getString("type"));
        assertFalse(newest.getBoolean("read"));
        assertNotNull(newest.getString("at"));
        assertEquals("ORDER_CREATED", page.getJsonArray("items").getJsonObject(1).getString("type"));
        // the cooperative's newest: the confirmation, then the new order (its certificates' approvals before them)
        JsonObject heard = get(coop, "/api/notifications").getJsonArray("items").getJsonObject(1);
        assertEquals("ORDER_CREATED", heard.getString("type"));
        assertTrue(heard.getString("message").startsWith("新订单 #" + order + "："), heard::toString);
        assertTrue(heard.getString("message").contains(product),
                "the cooperative hears of the new order in its own words, in Chinese by default: " + heard);
        JsonObject placed = page.getJsonArray("items").getJsonObject(1);
        assertTrue(placed.getString("message").startsWith("订单 #" + order + " 已下单："), placed::toString);
        assertEquals("/order.xhtml?id=" + order, heard.getString("link"));
        assertEquals(placed.getString("link"), heard.getString("link"));
        assertEquals(placed.getString("at"), heard.getString("at"), "both parties are told at the same moment");

        long id = newest.getJsonNumber("id").longValue();
        ApiClient.Response read = buyer.api().post("/api/notifications/" + id + "/read", "");
        assertEquals(200, read.status(), read::toString);
        assertTrue(read.object().getBoolean("read"));
        assertTrue(read.object().getJsonNumber("version").longValue() > newest.getJsonNumber("version").longValue(),
                "being read is the notification's change: its version rises");
        assertEquals(1, get(buyer, "/api/notifications?unread=true").getInt("total"));
        assertTrue(coop.api().post("/api/notifications/" + id + "/read", "").isProblem(404), "not theirs");
        assertTrue(api.get("/api/notifications").isProblem(401));
        assertTrue(buyer.api().get("/api/notifications?unread=maybe").isProblem(400));
    }
}
