package coop.harvest.platform;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a lenient JSON reader lets through and a strict API refuses: content after the one JSON value (a second
 * object, garbage) and an object naming the same key twice (the reader would silently keep the last one).
 * One streaming pass, before the body is bound.
 */
public final class StrictJson {

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private StrictJson() {
    }

    /** Why the body is not one strict JSON value, or empty when it is (or when it is malformed another way). */
    public static Optional<String> problem(byte[] body) {
        Deque<Set<String>> objects = new ArrayDeque<>();
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body))) {
            int depth = 0;
            boolean started = false;
            while (parser.hasNext()) {
                if (started && depth == 0) {
                    return Optional.of("The body holds more than one JSON value");
                }
                JsonParser.Event event = parser.next();
                started = true;
                switch (event) {
                    case START_OBJECT -> {
                        objects.push(new HashSet<>());
                        depth++;
                    }
                    case START_ARRAY -> {
                        objects.push(Set.of());
                        depth++;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        objects.pop();
                        depth--;
                    }
                    case KEY_NAME -> {
                        if (!objects.peek().add(parser.getString())) {
                            return Optional.of("The body names the field \"" + shortened(parser.getString())
                                    + "\" twice");
                        }
                    }
                    default -> {
                        // scalar values
                    }
                }
            }
            return Optional.empty();
        } catch (RuntimeException malformed) {
            // trailing garbage after a complete value, or malformed JSON: either way not one strict value
            return Optional.of("The body is not well-formed JSON");
        }
    }

    private static String shortened(String key) {
        return key.length() > 40 ? key.substring(0, 40) + "…" : key;
    }
}
