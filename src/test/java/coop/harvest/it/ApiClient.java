package coop.harvest.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small JSON-over-HTTP client for black-box tests: requests as a real client sends them. */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String baseUrl;
    private final String token;
    private final Map<String, String> headers;

    public ApiClient(String baseUrl) {
        this(baseUrl, null, Map.of());
    }

    private ApiClient(String baseUrl, String token, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.headers = headers;
    }

    /** The same client, sending this bearer token. */
    public ApiClient withToken(String bearer) {
        return new ApiClient(baseUrl, bearer, headers);
    }

    /** The same client, adding a header to every request. */
    public ApiClient withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiClient(baseUrl, token, more);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Response get(String path) {
        return send("GET", path, null, "application/json");
    }

    public Response post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    public Response post(String path, JsonObject json) {
        return post(path, json.toString());
    }

    public Response put(String path, JsonObject json) {
        return send("PUT", path, json.toString(), "application/json");
    }

    public Response delete(String path) {
        return send("DELETE", path, null, "application/json");
    }

    /** Any request; {@code body} null for none. */
    public Response send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .expectContinue(body != null && body.length() > 64 * 1024)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null && contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            return new Response(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer with its JSON parsed on demand. */
    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public JsonStructure json() {
            return Json.createReader(new StringReader(raw.body())).read();
        }

        public JsonObject object() {
            return (JsonObject) json();
        }

        public JsonArray array() {
            return (JsonArray) json();
        }

        /** True when this is an RFC 9457 problem with the given status. */
        public boolean isProblem(int expected) {
            return status() == expected && contentType() != null && contentType().startsWith("application/problem+json")
                    && object().getInt("status") == expected;
        }

        /** The fields named in a validation problem's errors. */
        public java.util.List<String> errorFields() {
            JsonValue errors = object().get("errors");
            if (errors == null || errors.getValueType() != JsonValue.ValueType.ARRAY) {
                return java.util.List.of();
            }
            return errors.asJsonArray().stream().map(e -> e.asJsonObject().getString("field")).toList();
        }

        @Override
        public String toString() {
            return raw.request().method() + " " + raw.uri() + " -> " + status() + " " + body();
        }
    }
}
