package coop.harvest.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure under {@code /api} leaves as problem+json. One mapper for everything keeps the decision in one place:
 * JAX-RS picks the most specific mapper, so a single {@code Throwable} mapper sees all exceptions and dispatches on
 * the root cause (EJB and transaction wrappers are unwrapped first).
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof ProblemException problem) {
            return Problems.of(problem);
        }
        if (e instanceof ConstraintViolationException violations) {
            return validation(violations);
        }
        if (e instanceof EJBAccessException || e instanceof jakarta.ejb.AccessLocalException
                || e instanceof jakarta.ws.rs.ForbiddenException
                || e instanceof jakarta.ws.rs.NotAuthorizedException) {
            return accessDenied();
        }
        if (e instanceof OptimisticLockException) {
            return Problems.response(409, "Conflict",
                    "Someone else changed this at the same moment; reload it and try again");
        }
        if (e instanceof WebApplicationException web) {
            return fromWebApplication(web);
        }
        if (TransientRetry.hasSqlState(e, "22021") || TransientRetry.hasSqlState(e, "22P05")) {
            // PostgreSQL stores no NUL character (Derby does): a text with one is the client's to fix
            return Problems.response(400, "Bad request", "The request contains a character that cannot be stored");
        }
        if (isTransientDatabaseFailure(e)) {
            return Problems.response(503, "Busy", "The marketplace is busy; please retry", null, null,
                    Map.of("Retry-After", "1"));
        }
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure " + errorId, thrown);
        return Problems.response(500, "Internal error",
                "Something went wrong on our side; quote error id " + errorId + " when reporting it",
                null, errorId, null);
    }

    static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        for (int depth = 0; depth < 10 && e.getCause() != null; depth++) {
            if (e instanceof EJBException && !(e instanceof jakarta.ejb.AccessLocalException) || e instanceof jakarta.transaction.RollbackException
                    || e instanceof jakarta.ejb.EJBTransactionRolledbackException
                    || e instanceof jakarta.persistence.PersistenceException && !(e instanceof OptimisticLockException)
                    || e.getClass().getName().startsWith("org.eclipse.persistence.exceptions")
                    || e instanceof java.lang.reflect.InvocationTargetException
                    || e instanceof jakarta.ejb.TransactionRolledbackLocalException) {
                e = e.getCause();
            } else {
                break;
            }
        }
        return e;
    }

    private Response accessDenied() {
        boolean signedIn = security != null && security.getUserPrincipal() != null;
        return signedIn
                ? Problems.response(403, "Not allowed", "Your account may not do this")
                : Problems.notSignedIn();
    }

    private Response validation(ConstraintViolationException violations) {
        List<FieldError> errors = violations.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return Problems.of(ProblemException.invalid(errors));
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String field = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                field = field.isEmpty() ? node.getName() : field + "." + node.getName();
            }
        }
        return field.isEmpty() ? "body" : field;
    }

    private Response fromWebApplication(WebApplicationException web) {
        int status = web.getResponse().getStatus();
        Response.StatusType type = web.getResponse().getStatusInfo();
        String detail = switch (status) {
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed here";
            case 406 -> "The requested media type is not available; ask for application/json";
            case 415 -> "Unsupported media type; send application/json";
            case 400 -> "The request could not be read";
            default -> type.getReasonPhrase();
        };
        Map<String, String> headers = null;
        if (web instanceof NotAllowedException && web.getResponse().getHeaderString("Allow") != null) {
            headers = Map.of("Allow", web.getResponse().getHeaderString("Allow"));
        }
        if (status >= 500) {
            String errorId = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Server failure " + errorId, web);
            return Problems.response(status, type.getReasonPhrase(), "Quote error id " + errorId, null, errorId, null);
        }
        return Problems.response(status, type.getReasonPhrase(), detail, null, null, headers);
    }

    private static boolean isTransientDatabaseFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || sql.getSQLState().startsWith("08")
                    || "55P03".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
