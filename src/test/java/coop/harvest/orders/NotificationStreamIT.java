package coop.harvest.orders;

import static coop.harvest.orders.Market.listing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import coop.harvest.notifications.boundary.NotificationFeed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The event stream tells a signed-in client of new notifications as they are written. */
class NotificationStreamIT {

    private final ApiClient api = HarvestServer.shared().api();

    @Test
    void aNewOrderArrivesOnTheCooperativesStream() throws Exception {
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        long listing = listing(coop, product, "10.00", "100", "1");
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/notifications/stream"))
                .header("Authorization", "Bearer " + coop.token()).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            Iterator<String> it = response.body().iterator();
            while (it.hasNext()) {
                lines.add(it.next());
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            assertEquals("event: unread", awaitLine(lines, "event:"));
            // the count at connect: the bureau's verification has already notified the cooperative
            int before = unread(awaitLine(lines, "data:"));

            Fixtures.buyer(api).api().post("/api/orders", Market.orderBody(listing, "4"));
            assertEquals("event: notification", awaitLine(lines, "event:"));
            String data = awaitLine(lines, "data:");
            assertTrue(data.contains("ORDER_CREATED") && data.contains("\"unread\":" + (before + 1)), data);
        } finally {
            response.body().close();
        }
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(
                        URI.create(api.baseUrl() + "/api/notifications/stream"))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode(), anonymous::body);
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void theUnreadCountStopsAtItsLimitWhileTheListKeepsEveryNotification() throws Exception {
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        long listing = listing(coop, product, "10.00", "500", "1");
        TestAccount buyer = Fixtures.buyer(api);
        int orders = NotificationFeed.UNREAD_LIMIT + 1;
        for (int i = 0; i < orders; i++) {
            assertEquals(201, buyer.api().post("/api/orders", Market.orderBody(listing, "1")).status());
        }
        assertEquals(orders, buyer.api().get("/api/notifications?unread=true&size=1").object()
                .getJsonNumber("total").longValue(), "the list counts every unread notification");

        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(api.baseUrl() + "/api/notifications/stream"))
                .header("Authorization", "Bearer " + buyer.token()).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofLines());
        try {
            String initial = response.body().filter(line -> line.startsWith("data:")).findFirst().orElseThrow();
            assertEquals(NotificationFeed.UNREAD_LIMIT, unread(initial), "counted up to the limit: " + initial);
        } finally {
            response.body().close();
        }
    }

    /** The unread count an event's data line carries. */
    private static int unread(String data) {
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("\"unread\":(\\d+)").matcher(data);
        assertTrue(count.find(), data);
        return Integer.parseInt(count.group(1));
    }

    private static String awaitLine(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("no '" + prefix + "' line within 20 s");
    }
}
