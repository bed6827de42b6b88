package coop.harvest.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * One attempt of an idempotent request, in its own transaction: replay a stored answer, or insert the key row first
 * (a concurrent duplicate then blocks on its primary key until this commits), do the work in the same transaction and
 * store its answer. A failed request rolls back, key row included, so its key may be used again.
 */
@Stateless
public class IdempotencyStore {

    static final Duration KEPT = Duration.ofHours(24);
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Response attempt(long accountId, String key, String requestHash, Supplier<Response> work) {
        List<?> found = em.createNativeQuery("SELECT REQUEST_HASH, RESPONSE_STATUS, RESPONSE_BODY, LOCATION, "
                        + "CREATED_AT FROM IDEMPOTENCY_RECORD WHERE ACCOUNT_ID = ? AND IDEMPOTENCY_KEY = ?")
                .setParameter(1, accountId).setParameter(2, key).getResultList();
        Instant now = Dates.now();
        if (!found.isEmpty()) {
            Object[] row = (Object[]) found.get(0);
            Instant created = ((Timestamp) row[4]).toInstant();
            if (created.isAfter(now.minus(KEPT))) {
                if (!requestHash.equals(String.valueOf(row[0]).strip())) {
                    throw ProblemException.invalid("Idempotency-Key",
                            "was used with a different request body; use a new key for a new request");
                }
                return replay(((Number) row[1]).intValue(), text(row[2]), (String) row[3]);
            }
            em.createNativeQuery("DELETE FROM IDEMPOTENCY_RECORD WHERE ACCOUNT_ID = ? AND IDEMPOTENCY_KEY = ?")
                    .setParameter(1, accountId).setParameter(2, key).executeUpdate();
        }
        claim(accountId, key, requestHash, now);
        Response response = work.get();
        String body = response.getEntity() instanceof String s ? s : JSONB.toJson(response.getEntity());
        String location = response.getLocation() == null ? null : response.getLocation().toString();
        em.createNativeQuery("UPDATE IDEMPOTENCY_RECORD SET RESPONSE_STATUS = ?, RESPONSE_BODY = ?, LOCATION = ? "
                        + "WHERE ACCOUNT_ID = ? AND IDEMPOTENCY_KEY = ?")
                .setParameter(1, response.getStatus()).setParameter(2, body).setParameter(3, location)
                .setParameter(4, accountId).setParameter(5, key).executeUpdate();
        return replay(response.getStatus(), body, location);
    }

    /** Forgets keys older than the replay window. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeExpired() {
        return em.createNativeQuery("DELETE FROM IDEMPOTENCY_RECORD WHERE CREATED_AT < ?")
                .setParameter(1, Timestamp.from(Dates.now().minus(KEPT))).executeUpdate();
    }

    private void claim(long accountId, String key, String requestHash, Instant now) {
        try {
            em.createNativeQuery("INSERT INTO IDEMPOTENCY_RECORD (ACCOUNT_ID, IDEMPOTENCY_KEY, REQUEST_HASH, "
                            + "RESPONSE_STATUS, RESPONSE_BODY, CREATED_AT) VALUES (?, ?, ?, 0, '', ?)")
                    .setParameter(1, accountId).setParameter(2, key).setParameter(3, requestHash)
                    .setParameter(4, Timestamp.from(now)).executeUpdate();
        } catch (PersistenceException e) {
            if (TransientRetry.hasSqlState(e, "23505")) {
                throw new IdempotencyConflict();
            }
            throw e;
        }
    }

    private static Response replay(int status, String body, String location) {
        Response.ResponseBuilder builder = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body);
        if (location != null) {
            builder.header("Location", location);
        }
        return builder.build();
    }

    private static String text(Object value) {
        if (value instanceof Clob clob) {
            try (Reader reader = clob.getCharacterStream()) {
                StringBuilder out = new StringBuilder();
                char[] buffer = new char[4096];
                for (int n; (n = reader.read(buffer)) > 0; ) {
                    out.append(buffer, 0, n);
                }
                return out.toString();
            } catch (SQLException e) {
                throw new IllegalStateException("stored answer unreadable", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return String.valueOf(value);
    }
}
