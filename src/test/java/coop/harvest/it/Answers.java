package coop.harvest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** What a client relies on when it keeps the answer to a change instead of reading the resource again. */
public final class Answers {

    private Answers() {
    }

    /**
     * The answer to a change is the resource as stored: read back, every field of the answer has the same value, its
     * version and times included (a time to the microsecond, what PostgreSQL keeps). A number counts by its value: a
     * quantity is answered as given, 12.5, and read back at its column's scale, 12.500.
     */
    public static void assertStoredAs(JsonObject answer, JsonObject stored) {
        same("", answer, stored, answer + " / " + stored);
    }

    private static void same(String path, JsonValue answer, JsonValue stored, String both) {
        if (answer instanceof JsonNumber number && stored instanceof JsonNumber read) {
            assertEquals(0, number.bigDecimalValue().compareTo(read.bigDecimalValue()), path + ": " + both);
        } else if (answer instanceof JsonObject object && stored instanceof JsonObject read) {
            for (String field : object.keySet()) {
                assertTrue(read.containsKey(field), path + "." + field + " is not read back: " + both);
                same(path + "." + field, object.get(field), read.get(field), both);
            }
        } else if (answer instanceof JsonArray array && stored instanceof JsonArray read) {
            assertEquals(array.size(), read.size(), path + ": " + both);
            for (int i = 0; i < array.size(); i++) {
                same(path + "[" + i + "]", array.get(i), read.get(i), both);
            }
        } else {
            assertEquals(answer, stored, path + ": " + both);
        }
    }
}
