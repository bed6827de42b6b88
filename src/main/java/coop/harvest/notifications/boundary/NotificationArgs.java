package coop.harvest.notifications.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A notification's message arguments as stored (a JSON array in NOTIFICATION.MESSAGE_ARGS): strings, numbers (kept
 * as numbers for {@code {0,number,#}}), and objects (a value per language, or a product/county/certification code).
 */
final class NotificationArgs {

    static final int MAX_LENGTH = 4000;

    /**
     * Json.createArrayBuilder() and Json.createReader() look the JSON provider up through the class loaders on every
     * call, which cost more than the rest of an order's notifications together: the factories are made once.
     */
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private NotificationArgs() {
    }

    /** The arguments as JSON, or null when they do not fit the column (the row then keeps its text only). */
    static String encode(Object[] args) {
        JsonArrayBuilder array = BUILDERS.createArrayBuilder();
        for (Object arg : args == null ? new Object[0] : args) {
            if (arg == null) {
                array.addNull();
            } else if (arg instanceof Long || arg instanceof Integer || arg instanceof Short) {
                array.add(((Number) arg).longValue());
            } else if (arg instanceof java.math.BigDecimal decimal) {
                array.add(decimal);
            } else if (arg instanceof Map<?, ?> map) {
                JsonObjectBuilder object = BUILDERS.createObjectBuilder();
                map.forEach((k, v) -> object.add(String.valueOf(k), v == null ? "" : String.valueOf(v)));
                array.add(object);
            } else {
                array.add(String.valueOf(arg));
            }
        }
        String json = array.build().toString();
        return json.length() > MAX_LENGTH ? null : json;
    }

    static Object[] decode(String json) {
        JsonArray array;
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            array = reader.readArray();
        }
        Object[] args = new Object[array.size()];
        for (int i = 0; i < args.length; i++) {
            JsonValue value = array.get(i);
            args[i] = switch (value.getValueType()) {
                case STRING -> ((JsonString) value).getString();
                case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue()
                        : ((JsonNumber) value).bigDecimalValue();
                case OBJECT -> object((JsonObject) value);
                case NULL -> "";
                default -> value.toString();
            };
        }
        return args;
    }

    private static Map<String, String> object(JsonObject object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.forEach((k, v) -> map.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
        return map;
    }
}
