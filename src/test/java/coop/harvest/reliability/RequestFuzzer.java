package coop.harvest.reliability;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates hostile variants of requests from the OpenAPI description of an operation: bodies that are almost right
 * with one field made wrong, malformed or oversized JSON, hostile path and query values. Seeded, so a failing run
 * can be repeated.
 */
final class RequestFuzzer {

    static final List<String> HOSTILE_TEXT = List.of(
            "' OR '1'='1' --", "'; DROP TABLE ACCOUNT; --", "1; DELETE FROM LISTING", "\" OR \"\"=\"",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
            "${jndi:ldap://x/a}", "#{7*7}", "%00", "\u0000", "\uD83C\uDF4E\u202E", "../../../../etc/passwd",
            "", " ", "null", "NaN", "-0", "1e309", "2026-02-30", "2026-13-45", "yesterday", "24/11/2026",
            "NOT_A_VALUE", "premium", "x".repeat(5000));
    // no %00: the HTTP listener refuses such a path with a bare 400 before the application sees the request
    static final List<String> HOSTILE_IDS = List.of("0", "-1", "abc", "1.5", "99999999999999999999",
            "9223372036854775807", "%27%20OR%201=1", "%3Cscript%3E", "1e3", "null", "%20");
    static final List<JsonValue> HOSTILE_NUMBERS = List.of(
            Json.createValue(-1), Json.createValue(0), Json.createValue(-0.001),
            Json.createValue(new java.math.BigDecimal("1e308")), Json.createValue(new java.math.BigDecimal("-1e308")),
            Json.createValue(new java.math.BigDecimal("123456789012345678901234567890.123456789")),
            Json.createValue(new java.math.BigDecimal("0.0000000001")), Json.createValue(Long.MAX_VALUE),
            Json.createValue(Long.MIN_VALUE), Json.createValue(2147483648L));
    static final List<String> MALFORMED = List.of("{", "}", "{\"a\":", "[]", "null", "\"text\"", "42", "true",
            "{\"a\":1,}", "{'single':'quotes'}", "{\"a\":1}{\"b\":2}", "{\"a\":NaN}", "\uFEFF{}",
            "{\"a\":\"\\uZZZZ\"}", "{\"a\":01}", "[".repeat(20_000) + "]".repeat(20_000),
            "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000), "\u0000\u0001\u0002", "{\"a\":1e999999999}");

    private final Random random;
    private final JsonObject schemas;

    RequestFuzzer(long seed, JsonObject openApi) {
        this.random = new Random(seed);
        JsonObject components = openApi.getJsonObject("components");
        this.schemas = components != null && components.containsKey("schemas")
                ? components.getJsonObject("schemas") : JsonValue.EMPTY_JSON_OBJECT;
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A body: usually a plausible one with one field made hostile, sometimes plain garbage. */
    String body(JsonObject schema) {
        int kind = random.nextInt(10);
        if (schema == null || kind == 0) {
            return pick(MALFORMED);
        }
        JsonValue plausible = plausible(schema, 0);
        if (!(plausible instanceof JsonObject object) || object.isEmpty()) {
            return kind < 5 ? plausible.toString() : pick(MALFORMED);
        }
        JsonObjectBuilder builder = Json.createObjectBuilder(object);
        List<String> fields = new ArrayList<>(object.keySet());
        String field = pick(fields);
        switch (kind) {
            case 1 -> builder.add(field, Json.createValue(pick(HOSTILE_TEXT)));
            case 2 -> builder.add(field, pick(HOSTILE_NUMBERS));
            case 3 -> builder.add(field, wrongType(object.get(field)));
            case 4 -> builder.remove(field);
            case 5 -> builder.add("status", "ACTIVE").add("role", "STAFF").add("id", 1).add("available", 1e9);
            case 6 -> builder.add(field, JsonValue.NULL);
            case 7 -> builder.add(field, Json.createValue("x".repeat(200_000)));
            default -> {
                // a plausible body: it must still give a sensible answer
            }
        }
        return builder.build().toString();
    }

    private JsonValue wrongType(JsonValue value) {
        return switch (value == null ? JsonValue.ValueType.NULL : value.getValueType()) {
            case STRING -> random.nextBoolean() ? Json.createValue(12.5) : JsonValue.TRUE;
            case NUMBER -> random.nextBoolean() ? Json.createValue("12,5") : Json.createArrayBuilder().add(1).build();
            case TRUE, FALSE -> Json.createValue("yes");
            case ARRAY -> Json.createValue("ORGANIC");
            case OBJECT -> Json.createValue(7);
            default -> Json.createObjectBuilder().add("nested", true).build();
        };
    }

    /** A value that fits the schema, roughly: right types, enum values, ISO dates, modest numbers. */
    JsonValue plausible(JsonObject schema, int depth) {
        JsonObject resolved = resolve(schema);
        if (depth > 4) {
            return JsonValue.NULL;
        }
        if (resolved.containsKey("enum")) {
            JsonArray values = resolved.getJsonArray("enum");
            return values.isEmpty() ? Json.createValue("X") : values.get(random.nextInt(values.size()));
        }
        String type = typeOf(resolved);
        switch (type) {
            case "object" -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                JsonObject properties = resolved.containsKey("properties")
                        ? resolved.getJsonObject("properties") : JsonValue.EMPTY_JSON_OBJECT;
                for (Map.Entry<String, JsonValue> property : properties.entrySet()) {
                    if (property.getValue() instanceof JsonObject propertySchema) {
                        object.add(property.getKey(), plausible(propertySchema, depth + 1));
                    }
                }
                return object.build();
            }
            case "array" -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                if (resolved.containsKey("items")) {
                    array.add(plausible(resolved.getJsonObject("items"), depth + 1));
                }
                return array.build();
            }
            case "integer" -> {
                return Json.createValue(1 + random.nextInt(50));
            }
            case "number" -> {
                return Json.createValue(new java.math.BigDecimal(1 + random.nextInt(500)).movePointLeft(1));
            }
            case "boolean" -> {
                return random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            }
            default -> {
                String format = resolved.getString("format", "");
                if (format.equals("date")) {
                    return Json.createValue(java.time.LocalDate.now().plusDays(random.nextInt(60)).toString());
                }
                if (format.equals("date-time")) {
                    return Json.createValue(java.time.Instant.now().toString());
                }
                return Json.createValue("fuzz-" + Integer.toString(random.nextInt(1 << 30), 36));
            }
        }
    }

    private static String typeOf(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type instanceof jakarta.json.JsonString text) {
            return text.getString();
        }
        if (type instanceof JsonArray types && !types.isEmpty()) {
            return types.getString(0);
        }
        return schema.containsKey("properties") ? "object" : "string";
    }

    JsonObject resolve(JsonObject schema) {
        JsonObject current = schema;
        for (int hops = 0; hops < 5 && current.containsKey("$ref"); hops++) {
            String ref = current.getString("$ref");
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            current = schemas.containsKey(name) ? schemas.getJsonObject(name) : JsonValue.EMPTY_JSON_OBJECT;
        }
        if (current.containsKey("allOf") && !current.getJsonArray("allOf").isEmpty()) {
            return resolve(current.getJsonArray("allOf").getJsonObject(0));
        }
        return current;
    }
}
