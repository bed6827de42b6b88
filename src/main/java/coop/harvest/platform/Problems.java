package coop.harvest.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds problem+json responses; the one place that decides their shape. */
public final class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.valueOf(Problem.MEDIA_TYPE);

    private Problems() {
    }

    public static Response response(int status, String title, String detail, List<FieldError> errors,
                                    String errorId, Map<String, String> headers) {
        Problem problem = new Problem(typeOf(status), title, status, detail,
                errors == null || errors.isEmpty() ? null : errors, errorId);
        Response.ResponseBuilder builder = Response.status(status).type(PROBLEM_JSON).entity(problem);
        if (headers != null) {
            headers.forEach(builder::header);
        }
        return builder.build();
    }

    /** 401 for an anonymous caller, with the scheme to sign in by (RFC 9110 asks for it with every 401). */
    public static Response notSignedIn() {
        return response(401, "Not signed in", "Sign in first: send Authorization: Bearer <token>", null, null,
                Map.of("WWW-Authenticate", "Bearer"));
    }

    public static Response response(int status, String title, String detail) {
        return response(status, title, detail, null, null, null);
    }

    public static Response of(ProblemException e) {
        return response(e.status(), e.title(), e.getMessage(), e.errors(), null, e.headers());
    }

    /** A stable type URI per status; the title says the rest. */
    static String typeOf(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String slug = known == null ? Integer.toString(status)
                : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return "urn:harvest:problem:" + slug;
    }

    /** problem+json as text, for places outside JAX-RS (the authentication mechanism, servlet filters). */
    public static String json(int status, String title, String detail) {
        return "{\"type\":\"" + typeOf(status) + "\",\"title\":\"" + escape(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + escape(detail) + "\"}";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
