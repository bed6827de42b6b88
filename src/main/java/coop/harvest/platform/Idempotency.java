package coop.harvest.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * The {@code Idempotency-Key} contract of creating POSTs: the same key from the same account within 24 h answers the
 * first successful result again (same status and body) and creates nothing; the same key with another body is 422;
 * concurrent duplicates wait for the first and replay it. Without a key the work simply runs (with deadlock retry).
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final int ATTEMPTS = 8;
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    IdempotencyStore store;

    /**
     * @param scope   the operation, e.g. "POST /api/orders": a key reused on another operation is a different body
     * @param request the parsed request body, hashed to recognise "the same request"
     * @param work    calls the boundary (joining the attempt's transaction) and builds the success response
     */
    public Response execute(long accountId, String key, String scope, Object request, Supplier<Response> work) {
        if (key == null) {
            return TransientRetry.run(work);
        }
        String trimmed = key.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw ProblemException.badRequest("The Idempotency-Key header must be 1 to 200 characters",
                    java.util.List.of(new FieldError(HEADER, "must be 1 to 200 characters")));
        }
        String hash = sha256(scope + "\n" + (request == null ? "" : JSONB.toJson(request)));
        for (int attempt = 1; ; attempt++) {
            try {
                return store.attempt(accountId, trimmed, hash, work);
            } catch (RuntimeException e) {
                boolean retry = e instanceof IdempotencyConflict || ProblemMappers.unwrap(e) instanceof IdempotencyConflict
                        || TransientRetry.isTransient(e);
                if (!retry || attempt >= ATTEMPTS) {
                    throw e;
                }
                TransientRetry.pause(1);
            }
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
