package coop.harvest.accounts.boundary;

import coop.harvest.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in caller of the current request. The authentication mechanism leaves the caller in a request attribute;
 * when it is absent (a call from another context) the principal's account is looked up. Application-scoped and
 * stateless: creating a request-scoped bean with its injections on every request cost more than the lookup itself.
 */
@ApplicationScoped
public class CurrentUser {

    public static final String ATTRIBUTE = "coop.harvest.caller";

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    @Inject
    Authenticator authenticator;

    /** The caller; not remembered while anonymous, because a sign-in may happen later in the same request. */
    public Optional<Caller> caller() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        Optional<HttpServletRequest> http = currentRequest();
        Object stored = http.map(r -> r.getAttribute(ATTRIBUTE)).orElse(null);
        if (stored instanceof Caller known && known.username().equals(principal.getName())) {
            return Optional.of(known);
        }
        Optional<Caller> found = authenticator.callerByUsername(principal.getName());
        found.ifPresent(caller -> http.ifPresent(r -> r.setAttribute(ATTRIBUTE, caller)));
        return found;
    }

    /** The caller, or 401 when nobody is signed in. */
    public Caller require() {
        return caller().orElseThrow(() -> ProblemException.unauthorized("Sign in first"));
    }

    private Optional<HttpServletRequest> currentRequest() {
        try {
            request.getAttributeNames();
            return Optional.of(request);
        } catch (RuntimeException notInAnHttpRequest) {
            return Optional.empty();
        }
    }
}
