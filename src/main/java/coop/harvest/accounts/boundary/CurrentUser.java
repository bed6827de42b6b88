package coop.harvest.accounts.boundary;

import coop.harvest.platform.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in caller of the current request. The authentication mechanism leaves the caller in a request attribute;
 * when it is absent (a call from another context) the principal's account is looked up once.
 */
@RequestScoped
public class CurrentUser {

    public static final String ATTRIBUTE = "coop.harvest.caller";

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    @Inject
    Authenticator authenticator;

    private Caller caller;

    /** The caller; not remembered while anonymous, because a sign-in may happen later in the same request. */
    public Optional<Caller> caller() {
        if (caller == null) {
            caller = resolve().orElse(null);
        }
        return Optional.ofNullable(caller);
    }

    /** The caller, or 401 when nobody is signed in. */
    public Caller require() {
        return caller().orElseThrow(() -> ProblemException.unauthorized("Sign in first"));
    }

    private Optional<Caller> resolve() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        try {
            Object stored = request.getAttribute(ATTRIBUTE);
            if (stored instanceof Caller known && known.username().equals(principal.getName())) {
                return Optional.of(known);
            }
        } catch (RuntimeException notInAnHttpRequest) {
            // fall back to the lookup below
        }
        return authenticator.callerByUsername(principal.getName());
    }
}
