package coop.harvest.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Browser;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import coop.harvest.it.Trades;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Hostile input against every operation the OpenAPI document lists: whatever arrives, the answer is never a server
 * error, and every refusal under /api is problem+json. Runs on its own server so that floods of failed sign-ins
 * and odd data never disturb other tests. {@code -Dharvest.fuzz.perOperation=N} sets the requests per operation
 * (default: enough for 2,000 in all, at least 60 each).
 */
class HostileInputIT {

    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json", "application/json",
            "application/json; charset=UTF-8", "text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "garbage", "");
    private static final int TEN_MB = 10 * 1024 * 1024;
    private static final int JUST_OVER_ONE_MIB = 1024 * 1024 + 16;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    private static HarvestServer server;
    /** A buyer's cap on unconfirmed direct orders in all, low enough for a handful of concurrent orders to reach. */
    private static final int PENDING_PER_BUYER = 100;
    /** The cap on one listing, below the cap in all: a buyer may hold more in all than on any one listing. */
    private static final int PENDING_PER_LISTING = 60;

    @RegisterExtension
    final Browser browser = new Browser("en-US");

    @BeforeAll
    static void start() {
        java.util.Map<String, String> env = HarvestServer.defaultEnvironment(HarvestServer.newDataDir("hostile"));
        env.put("HARVEST_PENDING_PER_BUYER", Integer.toString(PENDING_PER_BUYER));
        env.put("HARVEST_PENDING_PER_LISTING", Integer.toString(PENDING_PER_LISTING));
        env.put("HARVEST_METRICS_FROM", "192.0.2.10");
        server = HarvestServer.start("hostile", env);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Operation(String method, String path, JsonObject spec) {
        boolean takesBody() {
            return method.equals("post") || method.equals("put") || method.equals("patch");
        }
    }

    record Outcome(String request, int status, String contentType, String body) {
        boolean acceptable() {
            if (status >= 500 || status < 100) {
                return false;
            }
            return status < 400 || contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    @Test
    void everyOperationAnswersHostileRequestsWithoutServerErrors() throws Exception {
        ApiClient api = server.api();
        JsonObject openApi = api.withHeader("Accept", "application/json").get("/openapi").object();
        List<Operation> operations = operations(openApi);
        assertTrue(operations.size() >= 10, "the OpenAPI document lists the API: " + operations.size());
        int perOperation = Integer.getInteger("harvest.fuzz.perOperation",
                Math.max(60, (2000 + operations.size() - 1) / operations.size()));
        List<String> tokens = List.of(Fixtures.staff(api).token(), Fixtures.buyer(api).token(),
                Fixtures.verifiedCooperative(api).token(), Fixtures.cooperative(api).token());

        AtomicInteger sent = new AtomicInteger();
        AtomicInteger serverErrors = new AtomicInteger();
        List<Outcome> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int o = 0; o < operations.size(); o++) {
            Operation operation = operations.get(o);
            long seed = 20261124L * 31 + o;
            work.add(pool.submit(() -> {
                RequestFuzzer fuzzer = new RequestFuzzer(seed, openApi);
                for (int i = 0; i < perOperation; i++) {
                    Outcome outcome = send(fuzzer, operation, tokens, i);
                    sent.incrementAndGet();
                    if (outcome.status() >= 500) {
                        serverErrors.incrementAndGet();
                    }
                    if (!outcome.acceptable()) {
                        failures.add(outcome);
                    }
                }
                return null;
            }));
        }
        for (Future<?> done : work) {
            done.get();
        }
        pool.shutdown();
        for (String path : operations.stream().map(Operation::path).distinct().toList()) {
            // a method the path lacks, and a body on DELETE (Grizzly's own empty 400 unless the pre-boot commands ran)
            for (String method : List.of("PATCH", "DELETE")) {
                Outcome withBody = exchange(method, concrete(path, "1"), "{}", "application/json", null, Map.of());
                sent.incrementAndGet();
                if (!withBody.acceptable()) {
                    failures.add(withBody);
                }
            }
        }
        System.out.printf(Locale.ROOT, "Fuzzing: %d operations, %d requests sent, %d answers 5xx, %d unacceptable%n",
                operations.size(), sent.get(), serverErrors.get(), failures.size());
        assertTrue(sent.get() >= 2000, "at least 2,000 requests: " + sent.get());
        assertEquals(0, serverErrors.get(), () -> "server errors: " + failures.stream().limit(10).toList());
        assertEquals(List.of(), failures.stream().limit(20).toList(), "every refusal is problem+json under /api");
    }

    /**
     * API.md: "unauthenticated calls to protected endpoints get a problem+json 401". Every operation the OpenAPI
     * document marks as needing the bearer token answers an anonymous caller 401 whatever it sends (here a body that
     * is not even JSON, which a signed-in caller would get 400 for), so nobody learns a protected endpoint's rules
     * without signing in; and no operation the document marks as public asks an anonymous caller to sign in.
     */
    @Test
    void anonymousCallersAreAskedToSignInBeforeTheirInputIsLookedAt() throws Exception {
        JsonObject openApi = server.api().withHeader("Accept", "application/json").get("/openapi").object();
        List<String> wrong = new ArrayList<>();
        int protectedOperations = 0;
        for (Operation operation : operations(openApi)) {
            boolean signIn = operation.spec().getJsonArray("security").stream()
                    .noneMatch(requirement -> requirement.asJsonObject().isEmpty());
            if (!signIn && (operation.path().endsWith("/stream") || operation.path().endsWith("/auth/token"))) {
                continue; // an open event stream never ends; a refused sign-in is a 401 of its own
            }
            protectedOperations += signIn ? 1 : 0;
            String path = concrete(operation.path(), "1");
            // any answer accepted: a CSV export or an event stream would otherwise be a 406 before anything else
            Map<String, String> anyType = Map.of("Accept", "*/*");
            Outcome outcome = operation.takesBody()
                    ? exchange(operation.method(), path, "{\"unclosed\": ", "application/json", null, anyType)
                    : exchange(operation.method(), path + "?page=-1&size=abc", null, null, null, anyType);
            boolean asked = outcome.status() == 401 && outcome.acceptable()
                    && outcome.body().contains("\"status\":401");
            if (signIn != asked) {
                wrong.add((signIn ? "protected " : "public ") + outcome.request() + " → " + outcome.status());
            }
        }
        assertTrue(protectedOperations >= 40, "the document marks the protected operations: " + protectedOperations);
        assertEquals(List.of(), wrong);
        HttpResponse<String> order = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/orders"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, order.statusCode(), order.body());
        assertEquals("Bearer", order.headers().firstValue("WWW-Authenticate").orElse(""), "RFC 9110: the scheme to use");
        // a public operation that needs sign-in for one of its inputs answers from the session beans, the same way
        HttpResponse<String> mine = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/api/demands?mine=true")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, mine.statusCode(), mine.body());
        assertEquals("Bearer", mine.headers().firstValue("WWW-Authenticate").orElse(""), "RFC 9110: the scheme to use");
    }

    private Outcome send(RequestFuzzer fuzzer, Operation operation, List<String> tokens, int round) {
        boolean streams = operation.path().endsWith("/stream");
        // signing out, changing or resetting passwords would take the fuzzer's own tokens away
        boolean revokes = operation.method().equals("delete") && operation.path().endsWith("/auth/token")
                || operation.path().endsWith("/reset-password") || operation.path().endsWith("/me/password");
        boolean costly = operation.path().endsWith("/admin/backup");
        String token = switch (fuzzer.nextInt(6)) {
            case 0 -> null;
            case 1 -> fuzzer.pick(List.of("forged-" + fuzzer.nextInt(1 << 20), "", "' OR 1=1 --", "x".repeat(5000),
                    tokens.get(0) + "x", "null"));
            default -> streams || revokes || costly && round > 2 ? "forged" : fuzzer.pick(tokens);
        };
        String path = concrete(operation.path(), fuzzer.nextInt(3) == 0 ? fuzzer.pick(RequestFuzzer.HOSTILE_IDS)
                : Integer.toString(1 + fuzzer.nextInt(5)));
        path += query(fuzzer, operation.spec());
        Map<String, String> headers = new java.util.HashMap<>();
        if (fuzzer.nextInt(4) == 0) {
            headers.put("Idempotency-Key", fuzzer.pick(List.of("k-" + round, "x".repeat(500), "' OR 1=1", " ")));
        }
        if (fuzzer.nextInt(6) == 0) {
            headers.put("If-Match", fuzzer.pick(List.of("\"1\"", "\"abc\"", "*", "W/\"2\"", "\"-5\"", "\"")));
        }
        if (!operation.takesBody()) {
            return exchange(operation.method(), path, null, null, token, headers);
        }
        String body;
        if (round == 1) {
            body = "{\"padding\": \"" + "a".repeat(TEN_MB) + "\"}";
        } else if (round == 2) {
            body = "{\"padding\": \"" + "b".repeat(JUST_OVER_ONE_MIB) + "\"}";
        } else {
            body = fuzzer.body(bodySchema(operation.spec()));
        }
        String contentType = fuzzer.nextInt(3) == 0 ? fuzzer.pick(CONTENT_TYPES) : "application/json";
        return exchange(operation.method(), path, body, contentType, token, headers);
    }

    private Outcome exchange(String method, String path, String body, String contentType, String token,
                             Map<String, String> headers) {
        String label = method.toUpperCase(Locale.ROOT) + " " + path
                + (body == null ? "" : " [" + body.length() + " chars " + contentType + "] "
                + body.substring(0, Math.min(120, body.length())));
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                    .expectContinue(body != null && body.length() > 64 * 1024)
                    .method(method.toUpperCase(Locale.ROOT), body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException unsendable) {
            return new Outcome(label + " (not sendable by the client)", 400, "application/problem+json", "");
        }
        if (contentType != null && !contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        request.header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::setHeader);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Outcome(label, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.body().substring(0, Math.min(300, response.body().length())));
        } catch (IOException e) {
            boolean oversized = body != null && body.length() > 1024 * 1024;
            // a server may close the connection on a refused oversized upload instead of reading it all
            return new Outcome(label + " " + e, oversized ? 413 : -1, oversized ? "application/problem+json" : null, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String concrete(String template, String id) {
        return template.replaceAll("\\{[^}]+}", id.contains("%") ? id : URLEncoder.encode(id, StandardCharsets.UTF_8));
    }

    private static String query(RequestFuzzer fuzzer, JsonObject spec) {
        if (!spec.containsKey("parameters")) {
            return "";
        }
        StringBuilder query = new StringBuilder();
        for (JsonValue value : spec.getJsonArray("parameters")) {
            JsonObject parameter = value.asJsonObject();
            if (!"query".equals(parameter.getString("in", "")) || fuzzer.nextInt(2) == 0) {
                continue;
            }
            String text = fuzzer.nextInt(2) == 0 ? fuzzer.pick(RequestFuzzer.HOSTILE_TEXT)
                    : fuzzer.pick(RequestFuzzer.HOSTILE_IDS);
            if (text.length() > 300) {
                text = text.substring(0, 300);
            }
            query.append(query.length() == 0 ? '?' : '&').append(parameter.getString("name")).append('=')
                    .append(URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private static JsonObject bodySchema(JsonObject spec) {
        JsonObject requestBody = spec.getJsonObject("requestBody");
        if (requestBody == null || !requestBody.containsKey("content")) {
            return null;
        }
        JsonObject content = requestBody.getJsonObject("content");
        for (String type : content.keySet()) {
            JsonObject media = content.getJsonObject(type);
            if (media.containsKey("schema")) {
                return media.getJsonObject("schema");
            }
        }
        return null;
    }

    private static List<Operation> operations(JsonObject openApi) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : openApi.getJsonObject("paths").entrySet()) {
            JsonObject item = path.getValue().asJsonObject();
            for (String method : METHODS) {
                if (item.containsKey(method)) {
                    operations.add(new Operation(method, path.getKey(), item.getJsonObject(method)));
                }
            }
        }
        return operations;
    }

    @Test
    void scriptInADisplayNameShowsAsTextOnPages() {
        String username = Fixtures.unique("mallory");
        String hostileName = "<script>window.pwned=1</script><b id=\"injected\">bold</b>";
        ApiClient.Response created = server.api().post("/api/accounts", Json.createObjectBuilder()
                .add("username", username).add("password", Fixtures.PASSWORD).add("displayName", hostileName)
                .add("role", "BUYER").build());
        assertEquals(201, created.status(), created::toString);

        browser.open(server.baseUrl() + "/login.xhtml");
        browser.type(By.id("login:username"), username);
        browser.type(By.id("login:password"), Fixtures.PASSWORD);
        browser.click(By.id("login:submit"));
        browser.waitForText(By.cssSelector(".whoami"), "<script>window.pwned=1</script>");

        assertTrue(browser.driver().findElements(By.id("injected")).isEmpty(), "no element was injected");
        Object pwned = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return window.pwned");
        assertEquals(null, pwned, "the script did not run");
        String source = browser.driver().getPageSource();
        assertFalse(source.contains(hostileName), "the raw markup never reaches the page");
    }

    @Test
    void whatTheProbeFoundIsAClientErrorNow() {
        ApiClient api = server.api();
        Fixtures.TestAccount staff = Fixtures.staff(api);
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(api);
        for (String list : List.of("/api/listings", "/api/demands", "/api/cooperatives", "/api/orders",
                "/api/notifications", "/api/moderation/audit", "/api/moderation/trades")) {
            ApiClient.Response deep = staff.api().get(list + "?page=107374183");
            assertTrue(deep.isProblem(422), () -> list + ": " + deep);
            assertTrue(deep.errorFields().contains("page"), deep::toString);
        }
        assertTrue(api.get("/api/listings?page=107374183").isProblem(422), "anonymous too");
        for (String date : List.of("+10000-01-01", "-0001-01-01")) {
            ApiClient.Response demand = buyer.api().post("/api/demands", Json.createObjectBuilder()
                    .add("product", "kiwi").add("minGrade", "STANDARD").add("certifications", Json.createArrayBuilder())
                    .add("quantity", 10).add("maxUnitPrice", 5).add("deliveryCounty", "溆浦县")
                    .add("neededBy", date).add("allowPartial", true).build());
            assertTrue(demand.isProblem(422), demand::toString);
            assertTrue(demand.errorFields().contains("neededBy"), demand::toString);
            ApiClient.Response export = buyer.api().get("/api/exports/orders.csv?from="
                    + URLEncoder.encode(date, StandardCharsets.UTF_8));
            assertTrue(export.isProblem(422), export::toString);
        }
        JsonObject listing = coop.api().post("/api/listings", Json.createObjectBuilder().add("product", "kiwi")
                .add("grade", "FIRST").add("certifications", Json.createArrayBuilder()).add("quantity", 100)
                .add("minOrderQuantity", 1).add("unitPrice", 9).add("county", "溆浦县")
                .add("availableFrom", java.time.LocalDate.now().toString())
                .add("availableUntil", java.time.LocalDate.now().plusDays(20).toString())
                .add("description", "hostile").build()).object();
        ApiClient.Response order = buyer.api().post("/api/orders", Json.createObjectBuilder()
                .add("listingId", listing.getJsonNumber("id").longValue()).add("quantity", 1).build());
        assertEquals(201, order.status(), order::toString);
        long orderId = order.object().getJsonNumber("id").longValue();
        ApiClient.Response longReason = buyer.api().post("/api/orders/" + orderId + "/cancel",
                Json.createObjectBuilder().add("reason", "长".repeat(1001)).build());
        assertTrue(longReason.isProblem(422), longReason::toString);
        assertTrue(longReason.errorFields().contains("reason"), longReason::toString);

        // strict JSON: one value, no key twice
        for (String lax : List.of("{\"username\":\"a\",\"password\":\"b\"} trailing",
                "{\"username\":\"a\",\"password\":\"b\"}{\"c\":1}",
                "{\"username\":\"a\",\"username\":\"b\",\"password\":\"c\"}")) {
            ApiClient.Response refused = api.post("/api/auth/token", lax);
            assertTrue(refused.isProblem(400), () -> lax + " -> " + refused);
        }
        ApiClient.Response wrongMethod = api.send("PUT", "/api/market/summary", "{\"a\":1}", "application/json");
        assertTrue(wrongMethod.isProblem(405), wrongMethod::toString);
        // a body on a method or path that takes none reaches the application (Grizzly alone answered an empty 400)
        long listingId = listing.getJsonNumber("id").longValue();
        for (String method : List.of("DELETE", "PUT")) {
            ApiClient.Response withBody = buyer.api().send(method, "/api/listings/" + listingId + "/withdraw",
                    "{\"reason\":\"x\"}", "application/json");
            assertTrue(withBody.isProblem(405), () -> method + " with a body: " + withBody);
        }
        ApiClient.Response deleteListing = coop.api().send("DELETE", "/api/listings/" + listingId,
                "{\"reason\":\"sold elsewhere\"}", "application/json");
        assertTrue(deleteListing.isProblem(405), deleteListing::toString);
        ApiClient.Response deleteWithBody = buyer.api().send("DELETE", "/api/subscriptions/999999999",
                "{\"confirm\":true}", "application/json");
        assertTrue(deleteWithBody.isProblem(404), () -> "a DELETE the path allows is handled: " + deleteWithBody);
        ApiClient.Response mine = buyer.api().get("/api/orders/" + orderId);
        assertEquals("no-store", mine.header("Cache-Control"), "answers for a signed-in caller are never cached");
    }

    @Test
    void metricsAnswerOnlyStaffOrTheConfiguredAddresses() throws Exception {
        ApiClient api = server.api();
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/metrics"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, anonymous.statusCode(), "this test's address is not in HARVEST_METRICS_FROM");
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertFalse(anonymous.body().contains("# TYPE"));
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        assertEquals(403, HTTP.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/metrics?scope=base"))
                .header("Authorization", "Bearer " + buyer.token()).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode(), "a buyer is not staff");
        HttpResponse<String> staff = HTTP.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/metrics"))
                .header("Authorization", "Bearer " + Fixtures.staff(api).token()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, staff.statusCode());
        assertTrue(staff.body().contains("# TYPE"), "Prometheus text for staff");
        HttpResponse<String> json = HTTP.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/metrics"))
                .header("Authorization", "Bearer " + Fixtures.staff(api).token())
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(406, json.statusCode(), "metrics come only as text");
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                json::body);
        assertFalse(json.body().contains("Payara"), "not the container's error page");
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "health stays public for load balancers");
    }

    @Test
    void concurrentOrdersOnManyProductsNeverTakeABuyerPastTheCapInAll() throws Exception {
        ApiClient api = server.api();
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(api);
        Fixtures.TestAccount hoarder = Fixtures.buyer(api);
        List<Long> listings = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String product = Trades.product(api, "囤货测试", "Hoard test");
            listings.add(Trades.listing(coop, product, "5.00", "1000", "hoard " + i)
                    .getJsonNumber("id").longValue());
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<ApiClient.Response>> orders = new java.util.ArrayList<>();
            for (long listing : listings) {
                orders.add(pool.submit(() -> {
                    start.await();
                    return hoarder.api().post("/api/orders", Json.createObjectBuilder().add("listingId", listing)
                            .add("quantity", 30).build());
                }));
            }
            start.countDown();
            int placed = 0;
            for (java.util.concurrent.Future<ApiClient.Response> order : orders) {
                ApiClient.Response answer = order.get(120, java.util.concurrent.TimeUnit.SECONDS);
                if (answer.status() == 201) {
                    placed++;
                } else {
                    assertTrue(answer.isProblem(409), answer::toString);
                }
            }
            assertEquals(PENDING_PER_BUYER / 30, placed, "30 kg each: three fit under the cap of 100, never more");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCapOnOneListingCountsOnlyThatListingOnceTheBuyerHoldsMoreInAll() {
        ApiClient api = server.api();
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(api);
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        String product = Trades.product(api, "单品上限", "Listing cap test");
        long first = Trades.id(Trades.listing(coop, product, "5.00", "500", "listing cap a"));
        long second = Trades.id(Trades.listing(coop, product, "5.10", "500", "listing cap b"));
        java.util.function.BiFunction<Long, Integer, ApiClient.Response> order = (listing, kg) -> buyer.api()
                .post("/api/orders", Json.createObjectBuilder().add("listingId", listing).add("quantity", kg).build());

        assertEquals(201, order.apply(first, 40).status());
        assertEquals(201, order.apply(second, 20).status(), "60 in all, 20 on the second listing");
        // 60 held in all, 85 with this order (under the cap of 100): the first listing's 40 + 25 pass its cap of 60
        ApiClient.Response over = order.apply(first, 25);
        assertTrue(over.isProblem(409), over::toString);
        assertTrue(over.object().getString("detail").contains("65 unconfirmed on this listing"), over::toString);
        assertEquals(201, order.apply(first, 20).status(), "40 + 20 reach the listing's cap exactly");
        assertEquals(201, order.apply(second, 20).status(), "the second listing holds 40 of its 60");
        ApiClient.Response inAll = order.apply(second, 5);
        assertTrue(inAll.isProblem(409), inAll::toString);
        assertTrue(inAll.object().getString("detail").contains("105 in unconfirmed orders"), inAll::toString);
        assertEquals(0, new java.math.BigDecimal("440").compareTo(api.get("/api/listings/" + first).object()
                .getJsonNumber("available").bigDecimalValue()), "the refused orders reserved nothing");
    }

    @Test
    void aDemandsFillsCountAgainstTheListingsCapOnceTheBuyerHoldsMoreInAll() {
        ApiClient api = server.api();
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(api);
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        String product = Trades.product(api, "需求单品上限", "Demand listing cap test");
        String other = Trades.product(api, "需求单品上限二", "Demand listing cap test 2");
        long listing = Trades.id(Trades.listing(coop, product, "5.00", "500", "demand listing cap"));
        Trades.order(buyer, listing, "40");
        Trades.order(buyer, Trades.id(Trades.listing(coop, other, "5.00", "500", "elsewhere")), "25");
        java.util.function.Function<String, ApiClient.Response> demand = quantity -> buyer.api().post("/api/demands",
                demandUnder6(product, quantity, false));

        // 65 held in all, 95 with the fill (under 100), but 40 + 30 on the listing would pass its cap of 60
        ApiClient.Response over = demand.apply("30");
        assertEquals(201, over.status(), over::toString);
        assertEquals("OPEN", over.object().getString("status"), over::toString);
        assertEquals(0, over.object().getJsonArray("orderIds").size(), over::toString);
        ApiClient.Response fits = demand.apply("20");
        assertEquals(201, fits.status(), fits::toString);
        assertEquals("FILLED", fits.object().getString("status"), "40 + 20 reach the listing's cap exactly: " + fits);
        assertEquals(0, new java.math.BigDecimal("440").compareTo(api.get("/api/listings/" + listing).object()
                .getJsonNumber("available").bigDecimalValue()), "only the fill that fits took stock");
    }

    /** A demand for FIRST grade or better at up to 6.00, needed in ten days. */
    private static JsonObject demandUnder6(String product, String quantity, boolean allowPartial) {
        return Json.createObjectBuilder().add("product", product).add("minGrade", "FIRST")
                .add("certifications", Json.createArrayBuilder()).add("quantity", new java.math.BigDecimal(quantity))
                .add("maxUnitPrice", new java.math.BigDecimal("6.00")).add("deliveryCounty", "鹤城区")
                .add("neededBy", Trades.TODAY.plusDays(10).toString()).add("allowPartial", allowPartial).build();
    }

    @Test
    void aDemandIsNoWayAroundTheHoardingCap() {
        ApiClient api = server.api();
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(api);
        Fixtures.TestAccount hoarder = Fixtures.buyer(api);
        String product = Trades.product(api, "需求囤货", "Demand hoard test");
        List<Long> listings = new java.util.ArrayList<>();
        for (String price : List.of("5.00", "5.10", "5.20")) {
            listings.add(Trades.id(Trades.listing(coop, product, price, "60", "demand hoard " + price)));
        }
        Trades.order(hoarder, listings.get(2), "10");
        java.util.function.Function<Boolean, ApiClient.Response> demand = partial -> hoarder.api().post("/api/demands",
                demandUnder6(product, "150", partial));

        ApiClient.Response whole = demand.apply(false);
        assertEquals(201, whole.status(), whole::toString);
        assertEquals("OPEN", whole.object().getString("status"), "all or none, and all would pass the cap: none");
        assertEquals(0, whole.object().getJsonArray("orderIds").size(), whole::toString);

        ApiClient.Response partial = demand.apply(true);
        assertEquals(201, partial.status(), partial::toString);
        assertEquals(0, new java.math.BigDecimal("60").compareTo(partial.object().getJsonNumber("filledQuantity")
                .bigDecimalValue()), () -> "10 pending + 60 fit under the cap of 100, the next 60 would not: "
                + partial);
        assertEquals("PARTIALLY_FILLED", partial.object().getString("status"));
        assertEquals(0, new java.math.BigDecimal("60").compareTo(api.get("/api/listings/" + listings.get(1)).object()
                .getJsonNumber("available").bigDecimalValue()), "the second listing keeps its stock");
        assertEquals(0, new java.math.BigDecimal("0").compareTo(api.get("/api/listings/" + listings.get(0)).object()
                .getJsonNumber("available").bigDecimalValue()), "the cheapest listing filled the demand");
    }

    @Test
    void pagesAnswerClientErrorsWithTheSitesOwnPageAndOpenNoSessionForVisitors() throws Exception {
        assertEquals(200, page("GET", "/index.xhtml?product=abc", null).statusCode());
        String form = "login=login&login%3Ausername=admin&login%3Apassword=wrong-password-here&login%3Asubmit=x";
        for (String viewState : List.of("forged123%3A456", "stateless", "AAAA")) {
            HttpResponse<String> posted = page("POST", "/login.xhtml", form + "&jakarta.faces.ViewState=" + viewState);
            assertEquals(400, posted.statusCode(), () -> viewState + ": " + posted.body());
            assertTrue(posted.body().contains("error-title"), "the site's own error page");
            assertFalse(posted.body().contains("Payara") || posted.body().contains("Exception"), posted::body);
        }
        HttpResponse<String> missing = page("GET", "/no-such-page.xhtml", null);
        assertEquals(404, missing.statusCode());
        assertFalse(missing.body().contains("Payara"), missing::body);
        for (String visit : List.of("/login.xhtml", "/register.xhtml", "/order.xhtml?id=1", "/no-such-page.xhtml",
                "/index.xhtml", "/listing.xhtml?id=1")) {
            HttpResponse<String> answer = page("GET", visit, null);
            assertTrue(answer.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    () -> visit + " opened a session: " + answer.headers().map());
            String serverHeader = answer.headers().firstValue("Server").orElse("");
            assertFalse(serverHeader.contains("Payara") || serverHeader.contains("Jersey"), serverHeader);
            assertTrue(answer.headers().firstValue("X-Powered-By").isEmpty(), visit);
        }
        assertEquals(404, page("GET", "/api/application.wadl", null).statusCode());
        HttpResponse<String> options = page("OPTIONS", "/api/listings", null);
        assertFalse(options.body().contains("Jersey") || options.headers().map().toString().contains("Jersey"),
                options::body);
    }

    @Test
    void aForgedSignOutFromAStatelessViewSignsNobodyOut() throws Exception {
        Fixtures.TestAccount buyer = Fixtures.buyer(server.api());
        browser.open(server.baseUrl() + "/login.xhtml");
        browser.type(By.id("login:username"), buyer.username());
        browser.type(By.id("login:password"), Fixtures.PASSWORD);
        browser.click(By.id("login:submit"));
        browser.waitFor(By.cssSelector(".whoami"));
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        for (String origin : java.util.Arrays.asList(null, "http://evil.example")) {
            HttpRequest.Builder forged = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/index.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "JSESSIONID=" + session)
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "account=account&account%3Alogout=Sign+out&jakarta.faces.ViewState=stateless"));
            if (origin != null) {
                forged.header("Origin", origin);
            }
            HTTP.send(forged.build(), HttpResponse.BodyHandlers.ofString());
        }
        browser.open(server.baseUrl() + "/buyer/");
        browser.waitFor(By.cssSelector(".whoami"));
        assertTrue(browser.driver().getCurrentUrl().contains("/buyer/"), "still signed in");
    }

    @Test
    void theOpenApiDocumentPassesTheLinter() throws Exception {
        String document = server.api().withHeader("Accept", "application/yaml").get("/openapi").body();
        assertFalse(document.contains("\nendpoints:"), "no field outside the OpenAPI schema");
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("harvest.target", "target"),
                "openapi.yaml");
        java.nio.file.Files.writeString(file, document);
        org.junit.jupiter.api.Assumptions.assumeTrue(new java.io.File("/usr/bin/npx").canExecute()
                || new java.io.File("/usr/local/bin/npx").canExecute(), "npx is not installed: lint skipped");
        Process lint = new ProcessBuilder("npx", "--yes", "@redocly/cli@2.77.0", "lint", "--format=stylish",
                file.toString()).redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(lint.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), "the linter finished");
        System.out.println("Redocly lint of /openapi:\n" + output);
        assertEquals(0, lint.exitValue(), output);
    }

    @Test
    void theSessionCookieIsSameSiteAndSecureBehindTls() throws Exception {
        String login = page("GET", "/login.xhtml", null).body();
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"").matcher(login);
        assertTrue(nonce.find(), "the page carries PrimeFaces' CSP nonce");
        HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString("login=login&login%3Ausername=" + HarvestServer.ADMIN_USERNAME
                        + "&login%3Apassword=" + URLEncoder.encode(HarvestServer.ADMIN_PASSWORD, StandardCharsets.UTF_8)
                        + "&login%3Asubmit=x&jakarta.faces.ViewState=stateless&primefaces.nonce=" + nonce.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode(), signedIn::body);
        List<String> cookies = signedIn.headers().allValues("Set-Cookie");
        String last = cookies.get(cookies.size() - 1).toLowerCase(Locale.ROOT);
        assertTrue(last.startsWith("jsessionid=") && last.contains("samesite=lax") && last.contains("secure")
                && last.contains("httponly"), cookies::toString);
    }

    private static HttpResponse<String> page(String method, String path, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(method, form == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(form));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
