package coop.harvest.reliability;

import coop.harvest.it.ApiClient;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

/** An ACTIVE kiwi listing with a description to search for. */
final class LoadBalancedListing {

    private LoadBalancedListing() {
    }

    static long create(ApiClient cooperative, BigDecimal quantity, String price, String description) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        ApiClient.Response created = cooperative.post("/api/listings", Json.createObjectBuilder()
                .add("product", "kiwi").add("grade", "FIRST").add("certifications", Json.createArrayBuilder())
                .add("quantity", quantity).add("minOrderQuantity", BigDecimal.ONE)
                .add("unitPrice", new BigDecimal(price)).add("county", "溆浦县")
                .add("availableFrom", today.toString()).add("availableUntil", today.plusDays(30).toString())
                .add("description", description).build());
        if (created.status() != 201 || !"ACTIVE".equals(created.object().getString("status"))) {
            throw new IllegalStateException("no active listing: " + created);
        }
        return created.object().getJsonNumber("id").longValue();
    }
}
