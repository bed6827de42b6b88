package coop.harvest.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.HarvestServer;
import coop.harvest.it.TestSmsc;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The project's benchmark ({@code mvn -Pbench verify}): boots the WAR on Payara Micro with a fresh embedded Derby
 * (or with {@code -Dbench.db=postgres} a fresh PostgreSQL database),
 * seeds the market through the public API, drives it over HTTP and reports every figure with p50/p99, throughput and
 * its ratio to a ceiling measured in the same run. Writes target/bench/results.json and results.md. Targets are
 * reported, never asserted: only correctness (no oversell) fails the run.
 */
class HarvestBenchmark {

    static final int LISTINGS = Integer.getInteger("bench.listings", 100_000);
    static final int DEMANDS = Integer.getInteger("bench.demands", 20_000);
    static final int ORDERS = Integer.getInteger("bench.orders", 200_000);
    static final Duration RUN = Duration.ofSeconds(Integer.getInteger("bench.seconds", 10));
    /** One window of a figure's warm-up (see {@link #measure}). */
    static final Duration WARM_UP = Duration.ofSeconds(5);
    /** The longest warm-up of a figure: -Dbench.warmup seconds (0 = one window). */
    static final Duration STEADY_MAX = Duration.ofSeconds(Integer.getInteger("bench.warmup", 90));
    static final int CLIENTS = 32;
    /** The README's recommended flags for a small machine (see "Garbage collection that stops the server less"). */
    static final String SERVER_JVM = "-Xmx320m -XX:+UseParallelGC -XX:-UseAdaptiveSizePolicy -XX:SurvivorRatio=4 "
            + "-XX:TargetSurvivorRatio=80 -Xss512k -XX:ReservedCodeCacheSize=80m -XX:MaxMetaspaceSize=256m";

    private final Results results = new Results();

    @Test
    void benchmark() throws Exception {
        // -Dbench.db=postgres: a fresh PostgreSQL database at harvest.pg.url (see it/TestDatabase) instead of
        // embedded Derby
        if ("postgres".equalsIgnoreCase(System.getProperty("bench.db", "derby"))) {
            System.setProperty("harvest.db", "postgres");
        }
        Path data = HarvestServer.newDataDir("bench");
        Map<String, String> env = HarvestServer.defaultEnvironment(data);
        // -Dbench.cacheSeconds=0 measures every read uncached (the "before" column of the README)
        env.put("HARVEST_PUBLIC_CACHE_SECONDS", System.getProperty("bench.cacheSeconds", "5"));
        // the server runs as the README recommends for a small machine (Running in production): a bounded heap,
        // the serial collector and few malloc arenas keep the resident memory low on 2 cores
        if (System.getProperty("harvest.serverJvmArgs") == null) {
            System.setProperty("harvest.serverJvmArgs", SERVER_JVM);
        }
        env.put("MALLOC_ARENA_MAX", "2");
        // 32 clients buy without pause and the cooperatives never confirm: the hoarding caps (a business rule, still
        // checked on every order) would refuse them within seconds, so the bench raises them out of reach
        env.put("HARVEST_PENDING_PER_LISTING", "1000000000");
        env.put("HARVEST_PENDING_PER_BUYER", "1000000000");
        // figure 8: a local SMPP server (jSMPP's server side) that the outbox sender submits to
        TestSmsc smsc = TestSmsc.start();
        env.put("HARVEST_SMSC_HOST", "localhost");
        env.put("HARVEST_SMSC_PORT", Integer.toString(smsc.port()));
        env.put("HARVEST_SMS_POLL_MILLIS", "200");
        long bootStart = System.nanoTime();
        try (smsc; HarvestServer server = HarvestServer.start("bench", env)) {
            double bootSeconds = (System.nanoTime() - bootStart) / 1e9;
            Seeder seed = new Seeder(server.baseUrl());
            ApiClient api = new ApiClient(server.baseUrl());
            long seedStart = System.nanoTime();
            seed.accounts(40, CLIENTS);
            seed.listings(0, Math.min(1000, LISTINGS));
            // the rest through the same services in-process: HTTP seeding of 100,000 would not fit in 10 minutes
            JsonObject listed = longPost(server, "/api/bench/seed-listings?from=" + Math.min(1000, LISTINGS)
                    + "&to=" + LISTINGS + "&threads=4");
            JsonObject posted = longPost(server, "/api/bench/seed-demands?count=" + DEMANDS + "&threads=4");
            JsonObject imported = longPost(server, "/api/bench/import-orders?count=" + ORDERS + "&days=30");
            System.out.printf("BENCH seeding: listings %s in %.0f s, demands %s in %.0f s, orders %s in %.0f s%n",
                    listed.get("created"), listed.getJsonNumber("seconds").doubleValue(), posted.get("created"),
                    posted.getJsonNumber("seconds").doubleValue(), imported.get("imported"),
                    imported.getJsonNumber("seconds").doubleValue());
            System.out.printf("BENCH seeded %d listings, %d demands, %s historic orders in %.0f s%n", LISTINGS,
                    DEMANDS, imported.get("imported"), (System.nanoTime() - seedStart) / 1e9);

            IntFunction<HttpRequest> trivialPost = i -> seed.post("/api/bench/echo", null,
                    Json.createObjectBuilder().add("listingId", 1).add("quantity", 1).build());
            Load.Result trivial = measure(CLIENTS, trivialPost);
            results.add(new Results.Row("a", "ceiling: trivial JAX-RS POST", CLIENTS, trivial.requests(),
                    trivial.throughput(), trivial.p50(), trivial.p99(), "-", null, "-", true, ""));
            // warmed up like the figures (its code is short: one run of a few seconds compiles it)
            api.post("/api/bench/jdbc-ceiling?threads=" + CLIENTS + "&seconds=" + WARM_UP.toSeconds() + "&listings=1000", "");
            ApiClient.Response ceiling = api.post("/api/bench/jdbc-ceiling?threads=" + CLIENTS + "&seconds="
                    + RUN.toSeconds() + "&listings=1000", "");
            assertEquals(200, ceiling.status(), ceiling::toString);
            JsonObject jdbc = ceiling.object();
            double jdbcThroughput = jdbc.getJsonNumber("throughput").doubleValue();
            results.add(new Results.Row("b", "ceiling: raw JDBC place-order transaction", CLIENTS,
                    jdbc.getInt("count"), jdbcThroughput, jdbc.getJsonNumber("p50Ms").doubleValue(),
                    jdbc.getJsonNumber("p99Ms").doubleValue(), "-", null, "-", true, "inside the server"));

            double ordersAlone = directOrders(seed, api, trivial, jdbcThroughput);
            oneProduct(seed, api, ordersAlone);
            hotListing(seed, api, jdbcThroughput);
            demandPosting(seed, trivial);
            reads(seed, api, trivial);
            contractCommitments(seed, api, trivial);
            // last but one: texts left in the outbox would otherwise drain during the other figures
            smsWhileOrdering(server, smsc, seed, api, ordersAlone, trivial, jdbcThroughput);
            // the ceiling again: right after seeding its warm-up sometimes ended before the JIT had compiled the
            // path (1,100-1,500/s where it stopped after 10-25 s, 3,000-3,700/s where it went on for 55-80 s)
            Load.Result trivialAgain = measure(CLIENTS, trivialPost);
            results.ceilingMeasuredAgain(new Results.Row("a2", "ceiling again, at the end: trivial JAX-RS POST",
                    CLIENTS, trivialAgain.requests(), trivialAgain.throughput(), trivialAgain.p50(), trivialAgain.p99(),
                    "-", null, "-", true, "ratios to the trivial POST use the faster of a and a2"));
            memoryAndBoot(server, bootSeconds);
        } finally {
            results.write(Path.of(System.getProperty("bench.results",
                    Path.of(System.getProperty("harvest.target", "target"), "bench").toString())));
        }
    }

    private double directOrders(Seeder seed, ApiClient api, Load.Result trivial, double jdbcThroughput) {
        Load.Result orders = measureDirectOrders(seed, api);
        results.add(directOrdersRow("1", "direct orders over 1,000 listings", orders, trivial, jdbcThroughput));
        return orders.throughputOf(201);
    }

    private static Results.Row directOrdersRow(String figure, String name, Load.Result orders, Load.Result trivial,
                                               double jdbcThroughput) {
        double ok = orders.throughputOf(201);
        double ratio = ok / trivial.throughput();
        boolean met = ok >= 3000 && ratio >= 0.5 && orders.p99() <= 30;
        return new Results.Row(figure, name, CLIENTS, orders.requests(), ok, orders.p50(), orders.p99(),
                "trivial POST", ratio, "≥ 3,000/s, ≥ 50 % of (a), p99 ≤ 30 ms", met,
                String.format("%.0f %% of raw JDBC; statuses %s", 100 * ok / jdbcThroughput, orders.statuses()));
    }

    /**
     * Figure 1b: the same direct orders over 1,000 listings of one product, right after figure 1 (whose 1,000
     * listings spread over six products). Orders of different listings must not queue behind one product-wide lock:
     * target ≥ 80 % of figure 1.
     */
    private void oneProduct(Seeder seed, ApiClient api, double sixProducts) {
        Load.Result orders = measureDirectOrders(seed, api, "/api/bench/listing-ids?count=1000&product=kiwi");
        double ok = orders.throughputOf(201);
        double ratio = ok / sixProducts;
        results.add(new Results.Row("1b", "direct orders over 1,000 listings of one product", CLIENTS,
                orders.requests(), ok, orders.p50(), orders.p99(), "figure 1 (six products)", ratio, "≥ 80 % of 1",
                ratio >= 0.8, String.format("%.0f/s against %.0f/s over six products; statuses %s", ok, sixProducts,
                        orders.statuses())));
    }

    private Load.Result measureDirectOrders(Seeder seed, ApiClient api) {
        return measureDirectOrders(seed, api, "/api/bench/listing-ids?count=1000");
    }

    private Load.Result measureDirectOrders(Seeder seed, ApiClient api, String targetsPath) {
        JsonArray ids = api.get(targetsPath).array();
        long[] targets = ids.stream().mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).toArray();
        return measure(CLIENTS, i -> seed.post("/api/orders", seed.buyerTokens.get(i),
                Json.createObjectBuilder().add("listingId", targets[ThreadLocalRandom.current().nextInt(targets.length)])
                        .add("quantity", 1).build()));
    }

    /**
     * Figure 8: the outbox sender drains queued texts to a local SMPP server while the direct orders of figure 1 run
     * again; texts per second accepted by the SMSC during the measured window, and the orders' throughput against
     * the same orders measured without texts right before (target: within 10 %).
     */
    private void smsWhileOrdering(HarvestServer server, TestSmsc smsc, Seeder seed, ApiClient api,
                                  double ordersAlone, Load.Result trivial, double jdbcThroughput) throws Exception {
        int count = Integer.getInteger("bench.sms", 5_000);
        // the baseline again, right before: figure 1 ran minutes earlier on a smaller order table, and this machine's
        // speed drifts by more than the 10 % the figure is about between such distant windows
        Load.Result warm = measureDirectOrders(seed, api);
        double alone = warm.throughputOf(201);
        // which is figure 1 again, on a warm server: the trivial POST's ceiling is judged warm too (a2)
        results.add(directOrdersRow("1w", "direct orders over 1,000 listings, again before figure 8 (warm)", warm,
                trivial, jdbcThroughput));
        longPost(server, "/api/bench/queue-sms?count=" + count);
        int before = smsc.submits().size();
        long start = System.nanoTime();
        Load.Result orders = measureDirectOrders(seed, api);
        double seconds = (System.nanoTime() - start) / 1e9;
        int sent = smsc.submits().size() - before;
        double smsPerSecond = sent / seconds;
        double ok = orders.throughputOf(201);
        double ratio = ok / alone;
        results.add(new Results.Row("8", "SMS outbox to a local SMPP server while direct orders run", CLIENTS, sent,
                smsPerSecond, orders.p50(), orders.p99(), "orders alone just before", ratio,
                "orders within 10 % of orders alone", ratio >= 0.9,
                String.format("%.0f texts/s (%d of %d queued sent in %.0f s, incl. warm-up); direct orders %.0f/s "
                        + "= %.0f %% of %.0f/s without texts just before (figure 1: %.0f/s); p50/p99 columns are "
                        + "the orders'", smsPerSecond, sent, count, seconds, ok, 100 * ratio, alone, ordersAlone)));
    }

    private void hotListing(Seeder seed, ApiClient api, double jdbcThroughput) {
        int quantity = Integer.getInteger("bench.hotQuantity", 20_000);
        ApiClient.Response created = api.withToken(seed.cooperativeTokens.get(0)).post("/api/listings",
                Json.createObjectBuilder().add("product", "kiwi").add("grade", "FIRST")
                        .add("certifications", Json.createArrayBuilder()).add("quantity", quantity)
                        .add("minOrderQuantity", 1).add("unitPrice", new BigDecimal("8.80")).add("county", "溆浦县")
                        .add("availableFrom", Seeder.TODAY.toString())
                        .add("availableUntil", Seeder.TODAY.plusDays(30).toString())
                        .add("description", "热销猕猴桃").build());
        assertEquals(201, created.status(), created::toString);
        long hot = created.object().getJsonNumber("id").longValue();
        Load.Result result = Load.untilStatus(CLIENTS, Duration.ofSeconds(120), 409, i -> seed.post("/api/orders",
                seed.buyerTokens.get(i), Json.createObjectBuilder().add("listingId", hot).add("quantity", 1).build()));
        JsonObject listing = api.get("/api/listings/" + hot).object();
        if (listing.getJsonNumber("available").intValue() > 0) {
            // the run should end on "sold out": say why it ended earlier
            ApiClient.Response another = api.withToken(seed.buyerTokens.get(0)).post("/api/orders",
                    Json.createObjectBuilder().add("listingId", hot).add("quantity", 1).build());
            System.out.println("BENCH figure 2 ended with " + listing.get("available") + " left; one more order: "
                    + another.status() + " " + another.body());
        }
        BigDecimal available = listing.getJsonNumber("available").bigDecimalValue();
        BigDecimal sold = BigDecimal.valueOf(quantity).subtract(available);
        int accepted = result.count(201);
        boolean noOversell = available.signum() >= 0 && sold.compareTo(BigDecimal.valueOf(accepted)) == 0;
        assertTrue(noOversell, "oversell: sold " + sold + " but " + accepted + " orders accepted, available " + available);
        double ok = result.throughputOf(201);
        results.add(new Results.Row("2", "direct orders on one hot listing", CLIENTS, result.requests(), ok,
                result.p50(), result.p99(), "raw JDBC", ok / jdbcThroughput, "≥ 1,500/s, 0 oversell",
                ok >= 1500 && noOversell, "sold " + sold + " = " + accepted + " orders, oversell 0"));
    }

    private void demandPosting(Seeder seed, Load.Result trivial) {
        Load.Result demands = measure(8, i -> seed.post("/api/demands", seed.buyerTokens.get(i),
                seed.demand(Seeder.PRODUCTS.get(ThreadLocalRandom.current().nextInt(Seeder.PRODUCTS.size())),
                        new BigDecimal("1000.00"), 5)));
        results.add(row("3", "demand posting with matching (100,000 listings)", 8, demands, trivial,
                "p99 ≤ 25 ms", 25));
    }

    /**
     * Figure 9: 32 verified cooperatives commit to one contract offer at once. Every commitment locks the offer's row
     * (so the offer never holds more than its total): the figure is the cost of that hot row.
     */
    private void contractCommitments(Seeder seed, ApiClient api, Load.Result trivial) {
        JsonObject offer = api.withToken(seed.buyerTokens.get(0)).post("/api/contract-offers", Json.createObjectBuilder()
                .add("product", "kiwi").add("totalQuantity", 1_000_000)
                .add("pricing", Json.createObjectBuilder().add("type", "FLOOR").add("floorPrice", 7.5))
                .add("schedule", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("date", Seeder.TODAY.plusDays(60).toString()).add("percent", 100)))
                .add("deliveryCounty", "溆浦县").add("commitBy", Seeder.TODAY.plusDays(30).toString()).build()).object();
        String path = "/api/contract-offers/" + offer.getJsonNumber("id") + "/commitments";
        List<String> coops = seed.cooperativeTokens;
        Load.Result commits = measure(CLIENTS, i -> seed.post(path, coops.get(i % coops.size()),
                Json.createObjectBuilder().add("quantity", 1).build()));
        double ok = commits.throughputOf(201);
        double ratio = ok / trivial.throughput();
        JsonObject after = api.get("/api/contract-offers/" + offer.getJsonNumber("id")).object();
        boolean withinTotal = after.getJsonNumber("committedQuantity").bigDecimalValue()
                .compareTo(after.getJsonNumber("totalQuantity").bigDecimalValue()) <= 0;
        results.add(new Results.Row("9", "committing to one contract offer (hot row)", CLIENTS, commits.requests(), ok,
                commits.p50(), commits.p99(), "trivial POST", ratio, "p99 ≤ 50 ms, never above the total",
                commits.p99() <= 50 && withinTotal && commits.count(201) == commits.requests(),
                String.format("committed %s of %s; statuses %s", after.get("committedQuantity"),
                        after.get("totalQuantity"), commits.statuses())));
    }

    private void reads(Seeder seed, ApiClient api, Load.Result trivial) {
        String filtered = "/api/listings?product=kiwi&county=%E6%BA%86%E6%B5%A6%E5%8E%BF&certification=GREEN_FOOD"
                + "&maxPrice=9.00&sort=price";
        results.add(row("4a", "search: product + county + certification + maxPrice", 8,
                measure(8, i -> seed.get(filtered)), trivial, "p99 ≤ 20 ms", 20));
        results.add(row("4b", "search: q text (金银花)", 8,
                measure(8, i -> seed.get("/api/listings?q=%E9%87%91%E9%93%B6%E8%8A%B1")), trivial, "p99 ≤ 20 ms", 20));
        // what visitors really do: every search differs (product, county, certification or none, a max price to the
        // cent), so the public cache never answers and each one is a query on the database
        results.add(row("4c", "search: varied filters, uncached", 8,
                measure(8, i -> seed.get(variedSearch())), trivial, "p99 ≤ 30 ms", 30));
        results.add(row("5a", "market summary (200,000 orders)", 8,
                measure(8, i -> seed.get("/api/market/summary")), trivial, "p99 ≤ 50 ms", 50));
        results.add(row("5b", "30-day price series (200,000 orders)", 8,
                measure(8, i -> seed.get("/api/market/prices?product=kiwi&days=30")), trivial, "p99 ≤ 50 ms", 50));
        // pages also by weight: bytes a browser receives per view, first visit and repeat visit (PageWeight)
        results.add(withWeight(row("6a", "home page (Faces)", 8, measure(8, i -> seed.get("/")), trivial,
                "p99 ≤ 80 ms", 80), seed.base, "/"));
        // the listing page as cooperatives fill it: 50 listings with two photos each, visited in turn
        long[] listings = api.get("/api/bench/listing-ids?count=50").array().stream()
                .mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).toArray();
        long photosStart = System.nanoTime();
        System.out.printf("BENCH photos: %d uploads from %s%n", listings.length * 2, java.time.Instant.now());
        seed.photos(listings, 2);
        System.out.printf("BENCH photos: done at %s, %.1f s (1,600 x 1,200 JPEGs, 4 clients)%n",
                java.time.Instant.now(), (System.nanoTime() - photosStart) / 1e9);
        java.util.concurrent.atomic.AtomicInteger visit = new java.util.concurrent.atomic.AtomicInteger();
        results.add(withWeight(row("6b", "listing page (Faces), two photos on each of 50 listings", 8,
                measure(8, i -> seed.get("/listing.xhtml?id=" + listings[Math.floorMod(visit.getAndIncrement(),
                        listings.length)])), trivial, "p99 ≤ 80 ms", 80), seed.base, "/listing.xhtml?id=" + listings[0]));
        // the same pages rendered on every view, as for a signed-in user: a request with any cookie but the
        // language and theme is never answered from the visitor page cache (web.VisitorPages)
        results.add(row("6d", "listing page rendered on every view (no visitor page cache)", 8,
                measure(8, i -> HttpRequest.newBuilder(seed.get("/listing.xhtml?id=" + listings[Math.floorMod(
                        visit.getAndIncrement(), listings.length)]), (n, v) -> true).header("Cookie", "bench=render")
                        .build()), trivial, "p99 ≤ 80 ms", 80));
        results.add(row("6c", "photo thumbnail (JPEG, full download, no ETag)", 8,
                measure(8, i -> seed.get("/api/listings/" + listings[Math.floorMod(visit.getAndIncrement(),
                        listings.length)] + "/photos/1/thumb")), trivial, "p99 ≤ 80 ms", 80));
    }

    private static final String[] CERTIFICATIONS = {"", "GREEN_FOOD", "ORGANIC", "POLLUTION_FREE",
        "GEOGRAPHICAL_INDICATION"};

    private static String variedSearch() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String product = Seeder.PRODUCTS.get(random.nextInt(Seeder.PRODUCTS.size()));
        String county = coop.harvest.vocabulary.Counties.ALL.get(random.nextInt(
                coop.harvest.vocabulary.Counties.ALL.size())).name();
        String certification = CERTIFICATIONS[random.nextInt(CERTIFICATIONS.length)];
        BigDecimal maxPrice = BigDecimal.valueOf(100 + random.nextInt(99_900), 2);
        return "/api/listings?product=" + product + "&county="
                + java.net.URLEncoder.encode(county, java.nio.charset.StandardCharsets.UTF_8)
                + (certification.isEmpty() ? "" : "&certification=" + certification)
                + "&maxPrice=" + maxPrice.toPlainString() + "&sort=price";
    }

    private void memoryAndBoot(HarvestServer server, double bootSeconds) throws Exception {
        long rssKb = Files.readAllLines(Path.of("/proc", Long.toString(server.pid()), "status")).stream()
                .filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong)
                .findFirst().orElse(0);
        double rssMb = rssKb / 1024.0;
        results.add(new Results.Row("7", "boot to first 200 (s) / RSS after load (MB)", 1, 1, 0, bootSeconds * 1000,
                rssMb, "-", null, "boot ≤ 12 s, RSS ≤ 600 MB", bootSeconds <= 12 && rssMb <= 600,
                String.format("boot %.1f s (p50 column, ms), RSS %.0f MB (p99 column)", bootSeconds, rssMb)));
    }

    private static Results.Row withWeight(Results.Row row, String base, String path) {
        try {
            PageWeight.Weight weight = PageWeight.of(base, path);
            System.out.printf("BENCH %s bytes: %s%n", row.figure(), weight.describe());
            String note = row.note().isEmpty() ? weight.describe() : row.note() + "; " + weight.describe();
            return new Results.Row(row.figure(), row.name(), row.clients(), row.requests(), row.throughput(),
                    row.p50Ms(), row.p99Ms(), row.ceiling(), row.ratio(), row.target(), row.met(), note);
        } catch (Exception e) {
            return row;
        }
    }

    private Results.Row row(String figure, String name, int clients, Load.Result r, Load.Result ceiling,
                            String target, double p99Target) {
        int ok = r.count(200) + r.count(201);
        boolean allOk = ok == r.requests();
        return new Results.Row(figure, name, clients, r.requests(), r.throughput(), r.p50(), r.p99(),
                "trivial POST", r.throughput() / ceiling.throughput(), target, allOk && r.p99() <= p99Target,
                allOk ? "" : "statuses " + r.statuses());
    }

    /** A long-running bench-only POST (the test client's usual 60 s request timeout is too short). */
    private static JsonObject longPost(HarvestServer server, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + path))
                .timeout(Duration.ofMinutes(15)).POST(HttpRequest.BodyPublishers.noBody()).build();
        java.net.http.HttpResponse<String> response = Load.HTTP.send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        // "busy, try again" (a lock or the pool ran out while the previous figure's load drained; nothing was
        // written): retried a few times, as a client following Retry-After would
        for (int attempt = 1; response.statusCode() == 503 && attempt < 5; attempt++) {
            Thread.sleep(2000);
            response = Load.HTTP.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        }
        java.net.http.HttpResponse<String> answered = response;
        assertEquals(200, answered.statusCode(), () -> path + " answered " + answered.body());
        return Json.createReader(new java.io.StringReader(answered.body())).readObject();
    }

    /**
     * Runs the figure's own requests until the server has reached its steady state, then measures them. On 2 cores
     * the JIT compiles the deep paths of an order or a page only after minutes of load (its compiler thread shares the
     * cores with the request threads): the listing page took 13 ms of server CPU per view in its first 15 s and 2.5 ms
     * after three minutes, so a figure measured after a fixed 3 s reported the compiler's progress. Windows of
     * {@link #WARM_UP} run while each is at least 5 % faster than the best before it, at least two of them and for
     * at most {@link #STEADY_MAX}.
     */
    private static Load.Result measure(int clients, IntFunction<HttpRequest> next) {
        long start = System.nanoTime();
        long deadline = start + STEADY_MAX.toNanos();
        double best = 0;
        for (int windows = 1; ; windows++) {
            double throughput = Load.forDuration(clients, WARM_UP, next).throughput();
            boolean rising = throughput >= best * 1.05;
            best = Math.max(best, throughput);
            if ((windows >= 2 && !rising) || System.nanoTime() >= deadline) {
                System.out.printf("BENCH   warmed up for %.0f s (last window %.0f/s)%n", (System.nanoTime() - start) / 1e9,
                        throughput);
                break;
            }
        }
        return Load.forDuration(clients, RUN, next);
    }
}
