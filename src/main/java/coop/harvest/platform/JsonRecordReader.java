package coop.harvest.platform;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * Reads every {@link RequestBody} strictly: at most 1 MiB (413), well-formed JSON (400), only the record's own fields
 * (an unknown or read-only field such as {@code status} is 422), each field of the right JSON type (400), enum
 * values known (422), one JSON value only and no key twice (400). Bean Validation runs here on every body, so a
 * constraint on a request record holds whether or not the method that receives it says {@code @Valid}.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonRecordReader implements MessageBodyReader<RequestBody> {

    /** Json.createReader looks the provider up through the class loaders on every call: once is enough. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    public static final int MAX_BODY_BYTES = 1024 * 1024;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return RequestBody.class.isAssignableFrom(type);
    }

    @Override
    public RequestBody readFrom(Class<RequestBody> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        byte[] body = entity.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw ProblemException.tooLarge("The request body is larger than 1 MiB");
        }
        if (body.length == 0) {
            throw ProblemException.badRequest("The request needs a JSON body");
        }
        if (JsonDepth.exceeds(body, JsonDepth.MAX)) {
            throw ProblemException.badRequest("The body nests arrays or objects more than " + JsonDepth.MAX
                    + " levels deep");
        }
        java.util.Optional<String> lax = StrictJson.problem(body);
        if (lax.isPresent()) {
            throw ProblemException.badRequest(lax.get());
        }
        JsonValue parsed;
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(body))) {
            parsed = reader.readValue();
        } catch (JsonException | IllegalStateException | ArithmeticException e) {
            throw ProblemException.badRequest("The body is not well-formed JSON");
        }
        if (parsed.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ProblemException.badRequest("The body must be a JSON object");
        }
        return BodyValidation.check(RecordBinder.bind((JsonObject) parsed, type));
    }
}
