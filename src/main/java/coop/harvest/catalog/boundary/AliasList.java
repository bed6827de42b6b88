package coop.harvest.catalog.boundary;

import coop.harvest.platform.ProblemException;
import coop.harvest.platform.StrictJson;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The body of {@code PUT /api/products/{code}/aliases}: a JSON array of strings, read as strictly as other bodies. */
final class AliasList {

    private AliasList() {
    }

    static List<String> parse(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("The request needs a JSON array of aliases");
        }
        StrictJson.problem(body.getBytes(StandardCharsets.UTF_8)).ifPresent(problem -> {
            throw ProblemException.badRequest(problem);
        });
        JsonValue parsed;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            parsed = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw ProblemException.badRequest("The body is not well-formed JSON");
        }
        if (parsed.getValueType() != JsonValue.ValueType.ARRAY) {
            throw ProblemException.badRequest("The body must be a JSON array of aliases");
        }
        List<String> aliases = new ArrayList<>();
        for (JsonValue value : (JsonArray) parsed) {
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                throw ProblemException.invalid("aliases", "must be strings");
            }
            aliases.add(((JsonString) value).getString());
        }
        return aliases;
    }
}
