package coop.harvest.market;

import static coop.harvest.market.MarketServer.at;
import static coop.harvest.market.MarketServer.insertListing;
import static coop.harvest.market.MarketServer.insertOrder;
import static coop.harvest.market.MarketServer.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CSV exports: each party sees its own orders, staff all of a date range; spreadsheet-ready UTF-8 with a BOM. */
class ExportsIT {

    private final MarketServer server = MarketServer.get();
    private final ApiClient anonymous = server.api();

    private TestAccount quotedCoop;
    private TestAccount otherCoop;
    private TestAccount buyerX;
    private TestAccount buyerY;
    private String quotedName;
    private long confirmedToday;
    private long pendingToday;
    private long completedLongAgo;

    @BeforeEach
    void orders() throws Exception {
        String username = Fixtures.unique("coop");
        quotedName = "溆浦县\"金银花\", 合作社 " + username;
        ApiClient.Response created = anonymous.post("/api/accounts",
                Fixtures.cooperativeRegistration(username, quotedName, "溆浦县"));
        assertEquals(201, created.status(), created::toString);
        String token = Fixtures.token(anonymous, username, Fixtures.PASSWORD);
        quotedCoop = new TestAccount(created.object().getJsonNumber("id").longValue(), username, token,
                created.object().getJsonNumber("cooperativeId").longValue(), anonymous.withToken(token));
        otherCoop = Fixtures.cooperative(anonymous);
        buyerX = Fixtures.buyer(anonymous);
        buyerY = Fixtures.buyer(anonymous);
        long listingQ = insertListing(quotedCoop.cooperativeId(), "kiwi", "溆浦县", "8.80", "100", "ACTIVE",
                today().plusDays(5));
        long listingO = insertListing(otherCoop.cooperativeId(), "kiwi", "溆浦县", "9.10", "100", "ACTIVE",
                today().plusDays(5));
        Instant now = Instant.now();
        confirmedToday = insertOrder(listingQ, buyerX.id(), quotedCoop.cooperativeId(), "kiwi", "12.5", "8.80",
                "CONFIRMED", at(today(), 0, 1), now);
        pendingToday = insertOrder(listingO, buyerY.id(), otherCoop.cooperativeId(), "kiwi", "3", "9.10",
                "PENDING_CONFIRMATION", at(today(), 0, 2), null);
        completedLongAgo = insertOrder(listingQ, buyerY.id(), quotedCoop.cooperativeId(), "kiwi", "1.25", "8.80",
                "COMPLETED", at(today().minusDays(10), 9, 0), at(today().minusDays(10), 10, 0));
    }

    @Test
    void aCooperativeExportsTheOrdersOnItsListingsAsUtf8CsvWithBom() {
        ApiClient.Response csv = quotedCoop.api().withHeader("Accept-Language", "zh-CN").get("/api/exports/orders.csv");
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.header("Content-Disposition").startsWith("attachment"), csv.header("Content-Disposition"));
        assertTrue(csv.body().startsWith("\uFEFF\"订单号\","), "BOM, then the Chinese header: " + csv.body());
        assertEquals(List.of(completedLongAgo, confirmedToday), orderIds(csv));
        String line = line(csv, confirmedToday);
        assertTrue(line.contains(",\"溆浦县\"\"金银花\"\", 合作社 " + quotedCoop.username() + "\","),
                "the name with quotes and a comma is quoted: " + line);
        assertTrue(line.contains(",\"猕猴桃\",\"12.500\",\"8.80\",\"110.00\","), line);
        assertTrue(line.endsWith("\r"), "records end with CRLF");
    }

    @Test
    void aBuyerExportsItsOwnOrdersOnly() {
        ApiClient.Response csv = buyerY.api().get("/api/exports/orders.csv");
        assertEquals(200, csv.status(), csv::toString);
        assertEquals(List.of(completedLongAgo, pendingToday), orderIds(csv));
        assertTrue(csv.body().startsWith("\uFEFF\"Order\","), "English header without Accept-Language");
    }

    @Test
    void staffExportEveryOrderOfTheDateRange() {
        TestAccount staff = Fixtures.staff(anonymous);
        ApiClient.Response csv = staff.api().get("/api/exports/orders.csv?from=" + today().minusDays(1)
                + "&to=" + today());
        assertEquals(200, csv.status(), csv::toString);
        List<Long> ids = orderIds(csv);
        assertTrue(ids.contains(confirmedToday) && ids.contains(pendingToday), ids.toString());
        assertTrue(!ids.contains(completedLongAgo), "created before the range");

        List<Long> day = orderIds(buyerY.api().get("/api/exports/orders.csv?from=" + today().minusDays(10)
                + "&to=" + today().minusDays(10)));
        assertEquals(List.of(completedLongAgo), day, "both bounds are inclusive market days");
    }

    @Test
    void anonymousCallersAndBadRangesAreRefused() {
        assertTrue(anonymous.get("/api/exports/orders.csv").isProblem(401));
        ApiClient.Response reversed = buyerX.api().get("/api/exports/orders.csv?from=" + today() + "&to="
                + today().minusDays(1));
        assertTrue(reversed.isProblem(422), reversed::toString);
        assertTrue(buyerX.api().get("/api/exports/orders.csv?from=yesterday").isProblem(400));
    }

    private static List<Long> orderIds(ApiClient.Response csv) {
        return Arrays.stream(csv.body().split("\n")).skip(1).filter(l -> !l.isBlank())
                .map(l -> Long.valueOf(l.substring(1, l.indexOf("\",")))).toList();
    }

    private static String line(ApiClient.Response csv, long orderId) {
        return Arrays.stream(csv.body().split("\n")).filter(l -> l.startsWith("\"" + orderId + "\",")).findFirst()
                .orElseThrow();
    }
}
