package coop.harvest.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Without HARVEST_SMSC_HOST (the shared test server) the application runs and texts wait in the outbox. */
class MessagingWithoutSmscIT {

    private final HarvestServer server = HarvestServer.shared();

    @Test
    void textsWaitAsQueuedAndReadinessSaysTheGatewayIsNotConfigured() throws InterruptedException {
        ApiClient.Response ready = server.api().get("/health/ready");
        assertEquals(200, ready.status(), ready::toString);
        assertTrue(ready.body().contains("sms-gateway") && ready.body().contains("not configured"), ready::toString);

        TestAccount buyer = Fixtures.buyer(server.api());
        String phone = MessagingIT.newPhone();
        assertEquals(202, buyer.api().post("/api/me/phone", Json.createObjectBuilder().add("phone", phone).build())
                .status());
        Thread.sleep(2500);
        List<JsonObject> rows = Fixtures.staff(server.api()).api().get("/api/admin/outbox?status=QUEUED&size=100")
                .object().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("to").equals(phone)).toList();
        assertEquals(1, rows.size());
        assertEquals(0, rows.get(0).getInt("attempts"));
        assertTrue(rows.get(0).getString("text").matches(".*\\d{6}.*"));
    }
}
