package coop.harvest.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.harvest.accounts.control.RegistrationNumbers;
import coop.harvest.vocabulary.Counties;
import coop.harvest.it.ApiClient;
import coop.harvest.it.HarvestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Seeds the market through the public API, as cooperatives and buyers would: accounts, listings, demands. */
final class Seeder {

    static final String PASSWORD = "bench-harvest-password";
    static final List<String> PRODUCTS = List.of("honeysuckle", "kiwi", "grape", "rice", "navel-orange", "tea");
    static final Map<String, Double> BASE_PRICE = Map.of("honeysuckle", 60.0, "kiwi", 9.0, "grape", 16.0,
            "rice", 5.5, "navel-orange", 6.5, "tea", 300.0);
    static final List<String> GRADES = List.of("PREMIUM", "FIRST", "SECOND", "STANDARD");
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    final String base;
    final ApiClient api;
    final List<String> cooperativeTokens = new ArrayList<>();
    final List<String> buyerTokens = new ArrayList<>();
    final Map<Long, String> tokenByCooperative = new java.util.HashMap<>();
    String staffToken;

    Seeder(String base) {
        this.base = base;
        this.api = new ApiClient(base);
    }

    void accounts(int cooperatives, int buyers) {
        staffToken = token(HarvestServer.ADMIN_USERNAME, HarvestServer.ADMIN_PASSWORD);
        List<HttpRequest> registrations = new ArrayList<>();
        for (int i = 0; i < cooperatives; i++) {
            String county = Counties.ALL.get(i % Counties.ALL.size()).name();
            String regNo = RegistrationNumbers.complete(String.format("93431224MA%07d", i));
            registrations.add(post("/api/accounts", null, Json.createObjectBuilder().add("username", "coop" + i)
                    .add("password", PASSWORD).add("displayName", "社长" + i).add("role", "COOPERATIVE")
                    .add("cooperative", Json.createObjectBuilder().add("name", county + "第" + i + "专业合作社")
                            .add("registrationNumber", regNo).add("county", county)).build()));
        }
        for (int i = 0; i < buyers; i++) {
            registrations.add(post("/api/accounts", null, Json.createObjectBuilder().add("username", "buyer" + i)
                    .add("password", PASSWORD).add("displayName", "采购" + i).add("role", "BUYER")
                    .add("organization", "怀化采购商" + i).build()));
        }
        expectAll(Load.all(8, registrations), 201, registrations.size());
        for (int i = 0; i < cooperatives; i++) {
            String token = token("coop" + i, PASSWORD);
            long cooperativeId = api.withToken(token).get("/api/me").object().getJsonNumber("cooperativeId").longValue();
            assertEquals(200, api.withToken(staffToken)
                    .post("/api/moderation/cooperatives/" + cooperativeId + "/verify", "").status());
            certify(token, i);
            cooperativeTokens.add(token);
            tokenByCooperative.put(cooperativeId, token);
        }
        for (int i = 0; i < buyers; i++) {
            buyerTokens.add(token("buyer" + i, PASSWORD));
        }
    }

    /**
     * Every bench cooperative holds an approved certificate of each certification its listings claim, for every
     * product (a listing may claim a certification only with a backing certificate).
     */
    private void certify(String cooperativeToken, int cooperative) {
        for (String type : List.of("GREEN_FOOD", "ORGANIC", "GEOGRAPHICAL_INDICATION")) {
            ApiClient.Response created = api.withToken(cooperativeToken).post("/api/certificates",
                    Json.createObjectBuilder().add("type", type).add("number", "BENCH-" + type.charAt(0) + "-" + cooperative)
                            .add("issuer", "中国绿色食品发展中心").add("products", Json.createArrayBuilder(PRODUCTS))
                            .add("validFrom", TODAY.minusYears(1).toString())
                            .add("validUntil", TODAY.plusYears(3).toString()).build());
            assertEquals(201, created.status(), created::toString);
            ApiClient.Response approved = api.withToken(staffToken).post("/api/moderation/certificates/"
                    + created.object().getJsonNumber("id") + "/approve", "");
            assertEquals(200, approved.status(), approved::toString);
        }
    }

    /** Listings {@code from..to-1}; the first thousand have a quantity that direct-order load never exhausts. */
    void listings(int from, int to) {
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String product = PRODUCTS.get(i % PRODUCTS.size());
            BigDecimal price = BigDecimal.valueOf(BASE_PRICE.get(product) * (0.8 + (i % 50) / 100.0))
                    .setScale(2, RoundingMode.HALF_UP);
            var certifications = Json.createArrayBuilder();
            if (i % 3 == 0) {
                certifications.add("GREEN_FOOD");
            }
            if (i % 5 == 0) {
                certifications.add("ORGANIC");
            }
            if (i % 7 == 0) {
                certifications.add("GEOGRAPHICAL_INDICATION");
            }
            JsonObject listing = Json.createObjectBuilder().add("product", product)
                    .add("grade", GRADES.get(i % GRADES.size())).add("certifications", certifications)
                    .add("quantity", i < 1000 ? 1_000_000 : 500 + i % 5000).add("minOrderQuantity", 1)
                    .add("unitPrice", price)
                    .add("county", Counties.ALL.get((i / PRODUCTS.size()) % Counties.ALL.size()).name())
                    .add("availableFrom", TODAY.minusDays(5).toString())
                    .add("availableUntil", TODAY.plusDays(90 + i % 90).toString())
                    .add("description", "第" + i + "批，产地直供，基地统一采收分级").build();
            requests.add(post("/api/listings", cooperativeTokens.get(i % cooperativeTokens.size()), listing));
        }
        expectAll(Load.all(16, requests), 201, requests.size());
    }

    /**
     * Gives each listing {@code perListing} photos through the public photo API, as its cooperative would upload
     * them from a phone: a 1600×1200 JPEG of about a few hundred KB, from which the server makes its thumbnail.
     */
    void photos(long[] listingIds, int perListing) {
        byte[] jpeg = camera(1600, 1200);
        List<HttpRequest> uploads = new ArrayList<>();
        for (long id : listingIds) {
            long cooperative = api.get("/api/listings/" + id).object().getJsonObject("cooperative").getJsonNumber("id")
                    .longValue();
            for (int n = 1; n <= perListing; n++) {
                uploads.add(HttpRequest.newBuilder(URI.create(base + "/api/listings/" + id + "/photos/" + n))
                        .header("Content-Type", "image/jpeg")
                        .header("Authorization", "Bearer " + tokenByCooperative.get(cooperative))
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(jpeg)).build());
            }
        }
        Map<Integer, Integer> statuses;
        try {
            statuses = Load.allRetryingBusy(4, uploads, 5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("photo uploads interrupted", e);
        }
        int stored = statuses.getOrDefault(204, 0) + statuses.getOrDefault(200, 0) + statuses.getOrDefault(201, 0);
        assertEquals(uploads.size(), stored, () -> "photo uploads answered " + statuses);
    }

    /** A noisy gradient: compresses like a photo, not like a flat test card. */
    private static byte[] camera(int width, int height) {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int g = 90 + (x * 100 / width) + random.nextInt(40);
                int r = 60 + (y * 80 / height) + random.nextInt(40);
                image.setRGB(x, y, (r << 16) | (g << 8) | (40 + random.nextInt(30)));
            }
        }
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "jpg", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    JsonObject demand(String product, BigDecimal maxUnitPrice, int quantity) {
        return Json.createObjectBuilder().add("product", product).add("minGrade", "STANDARD")
                .add("certifications", Json.createArrayBuilder()).add("quantity", quantity)
                .add("maxUnitPrice", maxUnitPrice).add("deliveryCounty", "鹤城区")
                .add("neededBy", TODAY.plusDays(30).toString()).add("allowPartial", true).build();
    }

    HttpRequest post(String path, String token, JsonObject body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "zh-CN").GET().build();
    }

    private String token(String username, String password) {
        ApiClient.Response response = api.post("/api/auth/token",
                Json.createObjectBuilder().add("username", username).add("password", password).build());
        assertEquals(200, response.status(), response::toString);
        return response.object().getString("token");
    }

    private static void expectAll(Load.Result result, int status, int count) {
        assertEquals(count, result.count(status), () -> "seeding answered " + result.statuses());
    }
}
