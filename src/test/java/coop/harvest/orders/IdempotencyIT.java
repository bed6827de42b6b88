package coop.harvest.orders;

import static coop.harvest.orders.Market.available;
import static coop.harvest.orders.Market.get;
import static coop.harvest.orders.Market.listing;
import static coop.harvest.orders.Market.orderBody;
import static coop.harvest.orders.Market.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on POST /api/orders and POST /api/demands. */
class IdempotencyIT {

    private final ApiClient api = HarvestServer.shared().api();

    @Test
    void theSameKeyReplaysTheFirstAnswerAndCreatesNothingNew() {
        String product = Market.product(api);
        long listing = listing(Fixtures.verifiedCooperative(api), product, "10.00", "100", "1");
        TestAccount buyer = Fixtures.buyer(api);
        ApiClient keyed = buyer.api().withHeader("Idempotency-Key", UUID.randomUUID().toString());

        ApiClient.Response first = keyed.post("/api/orders", orderBody(listing, "10"));
        ApiClient.Response again = keyed.post("/api/orders", orderBody(listing, "10"));
        assertEquals(201, first.status(), first::toString);
        assertEquals(201, again.status(), again::toString);
        assertEquals(first.body(), again.body());
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(1, get(buyer, "/api/orders").getInt("total"));
        assertTrue(same("90", available(api, listing)));

        assertTrue(keyed.post("/api/orders", orderBody(listing, "11")).isProblem(422), "same key, other body");
        ApiClient.Response otherBuyer = Fixtures.buyer(api).api()
                .withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/api/orders", orderBody(listing, "10"));
        assertEquals(201, otherBuyer.status(), "keys belong to one account");
    }

    @Test
    void aFailedRequestStoresNothingSoItsKeyMayBeUsedAgain() {
        String product = Market.product(api);
        long listing = listing(Fixtures.verifiedCooperative(api), product, "10.00", "5", "1");
        TestAccount buyer = Fixtures.buyer(api);
        ApiClient keyed = buyer.api().withHeader("Idempotency-Key", "retry-" + UUID.randomUUID());

        assertTrue(keyed.post("/api/orders", orderBody(listing, "6")).isProblem(409));
        ApiClient.Response second = keyed.post("/api/orders", orderBody(listing, "5"));
        assertEquals(201, second.status(), second::toString);
    }

    @Test
    void demandsHonourTheKeyToo() {
        String product = Market.product(api);
        TestAccount buyer = Fixtures.buyer(api);
        ApiClient keyed = buyer.api().withHeader("Idempotency-Key", UUID.randomUUID().toString());
        ApiClient.Response first = keyed.post("/api/demands", Market.demandBody(product, "10", "9.00", true));
        ApiClient.Response again = keyed.post("/api/demands", Market.demandBody(product, "10", "9.00", true));
        assertEquals(201, first.status(), first::toString);
        assertEquals(first.body(), again.body());
        assertEquals(201, again.status());
        assertTrue(keyed.post("/api/demands", Market.demandBody(product, "11", "9.00", true)).isProblem(422));
        assertEquals(1, get(buyer, "/api/demands?product=" + product).getInt("total"));
    }
}
