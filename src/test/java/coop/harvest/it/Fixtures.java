package coop.harvest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.harvest.accounts.control.RegistrationNumbers;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Accounts for tests, made through the public API as real users make them. Each call makes fresh, unique data. */
public final class Fixtures {

    public static final String PASSWORD = "tea-garden-harvest-2026";
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Fixtures() {
    }

    /** A signed-in test account. */
    public record TestAccount(long id, String username, String token, Long cooperativeId, ApiClient api) {
    }

    public static String unique(String prefix) {
        return prefix + "-" + COUNTER.incrementAndGet() + "-" + Integer.toString(RANDOM.nextInt(1 << 30), 36);
    }

    /** A random, valid unified social credit code of a farmers' cooperative (prefix 93). */
    public static String registrationNumber() {
        StringBuilder first17 = new StringBuilder("93431224");
        for (int i = 0; i < 9; i++) {
            first17.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return RegistrationNumbers.complete(first17.toString());
    }

    public static JsonObject cooperativeRegistration(String username, String name, String county) {
        return Json.createObjectBuilder()
                .add("username", username).add("password", PASSWORD).add("displayName", name + " 管理员")
                .add("role", "COOPERATIVE").add("email", username + "@example.org").add("phone", "13800000000")
                .add("cooperative", Json.createObjectBuilder().add("name", name)
                        .add("registrationNumber", registrationNumber()).add("county", county))
                .build();
    }

    /**
     * A new, unverified cooperative account, signed in, holding an approved certificate of every certification for
     * every product of the catalogue (a listing may claim a certification only with a backing certificate).
     */
    public static TestAccount cooperative(ApiClient api) {
        TestAccount coop = uncertifiedCooperative(api);
        java.util.List<String> products = api.get("/api/products").array().getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("code")).toList();
        for (String type : java.util.List.of("GREEN_FOOD", "ORGANIC", "GEOGRAPHICAL_INDICATION", "POLLUTION_FREE")) {
            // a certificate names at most 30 products, and the tests keep adding products to the catalogue
            for (int from = 0; from < products.size(); from += 30) {
                certify(api, coop, type, products.subList(from, Math.min(products.size(), from + 30)));
            }
        }
        return coop;
    }

    /**
     * Makes sure the cooperative holds an approved certificate of that type for the product, registering one only
     * when this test run has not yet certified it (each approval notifies the cooperative, which some tests count).
     */
    public static void ensureCertified(ApiClient api, TestAccount coop, String type, String product) {
        if (!CERTIFIED.contains(coop.id() + "/" + type + "/" + product)) {
            certify(api, coop, type, java.util.List.of(product));
        }
    }

    private static final java.util.Set<String> CERTIFIED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Registers an approved certificate of that type covering the products for the cooperative. */
    public static void certify(ApiClient api, TestAccount coop, String type, java.util.List<String> products) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        ApiClient.Response created = coop.api().post("/api/certificates", Json.createObjectBuilder()
                .add("type", type).add("number", unique("T-" + type.charAt(0) + "-")).add("issuer", "测试认证中心")
                .add("products", Json.createArrayBuilder(products)).add("validFrom", today.minusYears(1).toString())
                .add("validUntil", today.plusYears(3).toString()).build());
        assertEquals(201, created.status(), created::toString);
        ApiClient.Response approved = staff(api).api().post("/api/moderation/certificates/"
                + created.object().getJsonNumber("id") + "/approve", "");
        assertEquals(200, approved.status(), approved::toString);
        products.forEach(product -> CERTIFIED.add(coop.id() + "/" + type + "/" + product));
    }

    /**
     * Moves the server's market clock to the real time plus {@code shift} (zero puts it back): business dates such as
     * certificate expiry and the daily digest's time follow it. Tests that move it put it back in a finally block.
     */
    public static void shiftMarketClock(ApiClient api, java.time.Duration shift) {
        ApiClient.Response moved = staff(api).api().send("PUT", "/api/testing/clock?shiftSeconds=" + shift.toSeconds(),
                null, null);
        assertEquals(204, moved.status(), moved::toString);
    }

    /** A new, unverified cooperative account, signed in, with no certificates. */
    public static TestAccount uncertifiedCooperative(ApiClient api) {
        String username = unique("coop");
        ApiClient.Response created = api.post("/api/accounts",
                cooperativeRegistration(username, "测试合作社 " + username, "溆浦县"));
        assertEquals(201, created.status(), created::toString);
        return signIn(api, username, created.object());
    }

    /** A new cooperative account whose cooperative the bureau has verified. */
    public static TestAccount verifiedCooperative(ApiClient api) {
        TestAccount coop = cooperative(api);
        ApiClient.Response verified = staff(api).api()
                .post("/api/moderation/cooperatives/" + coop.cooperativeId() + "/verify", "");
        assertEquals(200, verified.status(), verified::toString);
        return coop;
    }

    /** A new buyer account, signed in. */
    public static TestAccount buyer(ApiClient api) {
        String username = unique("buyer");
        ApiClient.Response created = api.post("/api/accounts", Json.createObjectBuilder()
                .add("username", username).add("password", PASSWORD).add("displayName", "采购员 " + username)
                .add("role", "BUYER").add("organization", "怀化五溪农产品批发市场 " + username)
                .add("email", username + "@example.org").build());
        assertEquals(201, created.status(), created::toString);
        return signIn(api, username, created.object());
    }

    /** The configured first staff account of the test servers, signed in. */
    public static TestAccount staff(ApiClient api) {
        String token = token(api, HarvestServer.ADMIN_USERNAME, HarvestServer.ADMIN_PASSWORD);
        ApiClient.Response me = api.withToken(token).get("/api/me");
        return new TestAccount(me.object().getJsonNumber("id").longValue(), HarvestServer.ADMIN_USERNAME, token,
                null, api.withToken(token));
    }

    public static String token(ApiClient api, String username, String password) {
        ApiClient.Response response = api.post("/api/auth/token",
                Json.createObjectBuilder().add("username", username).add("password", password).build());
        assertEquals(200, response.status(), response::toString);
        return response.object().getString("token");
    }

    private static TestAccount signIn(ApiClient api, String username, JsonObject account) {
        String token = token(api, username, PASSWORD);
        Long cooperativeId = account.containsKey("cooperativeId")
                ? account.getJsonNumber("cooperativeId").longValue() : null;
        return new TestAccount(account.getJsonNumber("id").longValue(), username, token, cooperativeId,
                api.withToken(token));
    }
}
