package coop.harvest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.harvest.it.Fixtures.TestAccount;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Market data for browser tests, made through the public API as the other party of a journey would make it.
 * A test that trades a product of its own (see {@link #product}) is never matched with other tests' demands.
 */
public final class Trades {

    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    public static final String COUNTY = "溆浦县";

    private Trades() {
    }

    /** A new catalogue product, added by staff, that only the calling test trades; its code. */
    public static String product(ApiClient api, String nameZh, String nameEn) {
        String code = Fixtures.unique("p").toLowerCase();
        ApiClient.Response created = Fixtures.staff(api).api().post("/api/products", Json.createObjectBuilder()
                .add("code", code).add("nameZh", nameZh + " " + code).add("nameEn", nameEn + " " + code)
                .add("unit", "kg").build());
        assertEquals(201, created.status(), created::toString);
        return code;
    }

    /** A FIRST-grade, green-food listing in {@link #COUNTY}, available for 30 days from today. */
    public static JsonObject listing(TestAccount coop, String product, String price, String quantity,
                                     String description) {
        return listing(coop, product, price, quantity, description, COUNTY);
    }

    /** A FIRST-grade, green-food listing in this county (its Chinese name), available for 30 days from today. */
    public static JsonObject listing(TestAccount coop, String product, String price, String quantity,
                                     String description, String county) {
        Fixtures.ensureCertified(coop.api(), coop, "GREEN_FOOD", product);
        ApiClient.Response created = coop.api().post("/api/listings", Json.createObjectBuilder()
                .add("product", product).add("grade", "FIRST")
                .add("certifications", Json.createArrayBuilder().add("GREEN_FOOD"))
                .add("quantity", new BigDecimal(quantity)).add("minOrderQuantity", BigDecimal.ONE)
                .add("unitPrice", new BigDecimal(price)).add("county", county)
                .add("availableFrom", TODAY.toString()).add("availableUntil", TODAY.plusDays(30).toString())
                .add("description", description).build());
        assertEquals(201, created.status(), created::toString);
        return created.object();
    }

    /** The buyer orders directly from a listing; the new order. */
    public static JsonObject order(TestAccount buyer, long listingId, String quantity) {
        ApiClient.Response created = buyer.api().post("/api/orders", Json.createObjectBuilder()
                .add("listingId", listingId).add("quantity", new BigDecimal(quantity)).build());
        assertEquals(201, created.status(), created::toString);
        return created.object();
    }

    /** The cooperative's (or buyer's) action on an order, such as {@code confirm}, {@code ship}; the order after it. */
    public static JsonObject act(TestAccount party, long orderId, String action) {
        ApiClient.Response done = party.api().post("/api/orders/" + orderId + "/" + action, "");
        assertEquals(200, done.status(), done::toString);
        return done.object();
    }

    /** The public name of a cooperative. */
    public static String cooperativeName(ApiClient api, long cooperativeId) {
        ApiClient.Response cooperative = api.get("/api/cooperatives/" + cooperativeId);
        assertEquals(200, cooperative.status(), cooperative::toString);
        return cooperative.object().getString("name");
    }

    public static long id(JsonObject resource) {
        return resource.getJsonNumber("id").longValue();
    }
}
