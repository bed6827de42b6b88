package coop.harvest.listings;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/** Request bodies for listing tests: a valid one, and a valid one with some fields replaced or removed. */
final class ListingJson {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private ListingJson() {
    }

    static JsonObject valid(String description) {
        return Json.createObjectBuilder()
                .add("product", "honeysuckle").add("grade", "FIRST")
                .add("certifications", Json.createArrayBuilder().add("GEOGRAPHICAL_INDICATION"))
                .add("quantity", new BigDecimal("500")).add("minOrderQuantity", new BigDecimal("20"))
                .add("unitPrice", new BigDecimal("86.50")).add("county", "溆浦县")
                .add("availableFrom", TODAY.toString()).add("availableUntil", TODAY.plusDays(60).toString())
                .add("description", description).build();
    }

    static JsonObject edit(JsonObject listing) {
        return Json.createObjectBuilder()
                .add("unitPrice", listing.get("unitPrice")).add("quantity", listing.get("quantity"))
                .add("minOrderQuantity", listing.get("minOrderQuantity"))
                .add("availableFrom", listing.get("availableFrom")).add("availableUntil", listing.get("availableUntil"))
                .add("description", listing.getString("description", "")).build();
    }

    /** {@code base} with fields replaced; a null value removes the field. */
    static JsonObject with(JsonObject base, Map<String, Object> changes) {
        JsonObjectBuilder builder = Json.createObjectBuilder(base);
        changes.forEach((k, v) -> {
            if (v == null) {
                builder.remove(k);
            } else if (v instanceof BigDecimal d) {
                builder.add(k, d);
            } else {
                builder.add(k, v.toString());
            }
        });
        return builder.build();
    }

    static JsonObject with(JsonObject base, String field, Object value) {
        java.util.HashMap<String, Object> changes = new java.util.HashMap<>();
        changes.put(field, value);
        return with(base, changes);
    }
}
