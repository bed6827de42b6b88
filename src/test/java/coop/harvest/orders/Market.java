package coop.harvest.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Market data for the order tests, made through the public API. Each test trades a product of its own, so listings
 * and demands of other tests (which share the server) never match with it.
 */
final class Market {

    private static final AtomicInteger PRODUCTS = new AtomicInteger();
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private Market() {
    }

    /** A new product only this test trades. */
    static String product(ApiClient api) {
        String code = "p" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-" + PRODUCTS.incrementAndGet();
        ApiClient.Response created = Fixtures.staff(api).api().post("/api/products", Json.createObjectBuilder()
                .add("code", code).add("nameZh", "测试猕猴桃" + code).add("nameEn", "Test kiwi " + code)
                .add("unit", "kg").build());
        assertEquals(201, created.status(), created::toString);
        return code;
    }

    static JsonObject listingBody(String product, String price, String quantity, String min) {
        return Json.createObjectBuilder().add("product", product).add("grade", "FIRST")
                .add("certifications", Json.createArrayBuilder().add("GREEN_FOOD"))
                .add("quantity", new BigDecimal(quantity)).add("minOrderQuantity", new BigDecimal(min))
                .add("unitPrice", new BigDecimal(price)).add("county", "溆浦县")
                .add("availableFrom", TODAY.toString()).add("availableUntil", TODAY.plusDays(30).toString())
                .add("description", "test listing").build();
    }

    /** A listing of a verified cooperative, live at once (ACTIVE, or SOLD_OUT when matching took it all); its id. */
    static long listing(TestAccount coop, String product, String price, String quantity, String min) {
        Fixtures.ensureCertified(coop.api(), coop, "GREEN_FOOD", product);
        ApiClient.Response created = coop.api().post("/api/listings", listingBody(product, price, quantity, min));
        assertEquals(201, created.status(), created::toString);
        String status = created.object().getString("status");
        assertEquals(true, status.equals("ACTIVE") || status.equals("SOLD_OUT"), created::toString);
        return created.object().getJsonNumber("id").longValue();
    }

    static JsonObject demandBody(String product, String quantity, String maxPrice, boolean allowPartial) {
        return Json.createObjectBuilder().add("product", product).add("minGrade", "SECOND")
                .add("certifications", Json.createArrayBuilder())
                .add("quantity", new BigDecimal(quantity)).add("maxUnitPrice", new BigDecimal(maxPrice))
                .add("deliveryCounty", "溆浦县").add("neededBy", TODAY.plusDays(10).toString())
                .add("allowPartial", allowPartial).build();
    }

    /** A posted (and already matched) demand. */
    static JsonObject demand(TestAccount buyer, String product, String quantity, String maxPrice,
                             boolean allowPartial) {
        ApiClient.Response created = buyer.api().post("/api/demands",
                demandBody(product, quantity, maxPrice, allowPartial));
        assertEquals(201, created.status(), created::toString);
        return created.object();
    }

    static JsonObject orderBody(long listingId, String quantity) {
        return Json.createObjectBuilder().add("listingId", listingId).add("quantity", new BigDecimal(quantity))
                .build();
    }

    static JsonObject get(TestAccount who, String path) {
        ApiClient.Response response = who.api().get(path);
        assertEquals(200, response.status(), response::toString);
        return response.object();
    }

    static BigDecimal available(ApiClient api, long listingId) {
        ApiClient.Response listing = api.get("/api/listings/" + listingId);
        assertEquals(200, listing.status(), listing::toString);
        return listing.object().getJsonNumber("available").bigDecimalValue();
    }

    static boolean same(String expected, BigDecimal actual) {
        return new BigDecimal(expected).compareTo(actual) == 0;
    }
}
