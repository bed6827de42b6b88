package coop.harvest.accounts.boundary;

import coop.harvest.platform.ProblemException;
import coop.harvest.platform.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * The application's one authentication mechanism (Jakarta Security allows one):
 * <ol>
 * <li>{@code Authorization: Bearer} → the token is looked up by its SHA-256 hash; an unknown or expired token is
 *     a problem+json 401, whatever the resource;</li>
 * <li>a credential handed over by the Faces login ({@code SecurityContext.authenticate}) → password check, a new
 *     session id, the caller kept in the session;</li>
 * <li>otherwise the session's caller, re-read from the database on each request so that a suspension ends
 *     its sessions at once;</li>
 * <li>a protected page without a caller → redirect to the login page; {@code /api} never redirects.</li>
 * </ol>
 * State-changing API calls authenticated by the session cookie must come from this site's own pages (Origin
 * check), which with the SameSite cookie protects them against cross-site request forgery.
 */
@ApplicationScoped
public class HarvestAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "coop.harvest.session.caller";
    static final String SESSION_SINCE = "coop.harvest.session.since";
    public static final String LOGIN_FAILURE = "coop.harvest.login.failure";

    @Inject
    Authenticator authenticator;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Caller> caller;
            try {
                caller = authenticator.callerForToken(authorization.substring(7).strip());
            } catch (RuntimeException busy) {
                // a lock wait on the token table (tokens being revoked at this moment): never the container's 500
                response.setHeader("Retry-After", "1");
                return problem(response, 503, "Busy", "The marketplace is busy; please retry");
            }
            if (caller.isEmpty()) {
                return problem(response, 401, "Not signed in", "The bearer token is unknown, expired or revoked");
            }
            return login(request, context, caller.get());
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return formLogin(request, context.getResponse(), context, password);
        }
        Optional<Caller> sessionCaller = sessionCaller(request);
        if (sessionCaller.isPresent()) {
            if (isApi(request) && !isSafe(request.getMethod()) && !sameOrigin(request)) {
                return problem(response, 403, "Not allowed", "Cross-site request refused");
            }
            return login(request, context, sessionCaller.get());
        }
        if (context.isProtected()) {
            if (isApi(request)) {
                return problem(response, 401, "Not signed in", "Sign in first");
            }
            return context.redirect(request.getContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpServletResponse response,
                                           HttpMessageContext context,
                                           UsernamePasswordCredential credential) {
        try {
            Caller caller = authenticator.verify(credential.getCaller(), credential.getPasswordAsString(),
                    request.getRemoteAddr());
            HttpSession session = request.getSession(true);
            request.changeSessionId();
            session.setAttribute(SESSION_CALLER, caller.accountId());
            session.setAttribute(SESSION_SINCE, System.currentTimeMillis());
            session.setMaxInactiveInterval(SignedInSessions.SIGNED_IN_SECONDS);
            secureCookieBehindTls(request, response, session);
            return login(request, context, caller);
        } catch (ProblemException refused) {
            request.setAttribute(LOGIN_FAILURE, refused.status());
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    /**
     * Behind a proxy that terminates TLS ({@code X-Forwarded-Proto: https}) the container sees plain HTTP and would
     * send the signed-in session's cookie without {@code Secure}: it is sent again here with it (the later cookie of
     * the same name and path wins in the browser).
     */
    private static void secureCookieBehindTls(HttpServletRequest request, HttpServletResponse response,
                                              HttpSession session) {
        String proto = request.getHeader("X-Forwarded-Proto");
        if (request.isSecure() || proto != null && proto.strip().toLowerCase(java.util.Locale.ROOT).startsWith("https")) {
            String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
            response.addHeader("Set-Cookie", "JSESSIONID=" + session.getId() + "; Path=" + path
                    + "; Secure; HttpOnly; SameSite=Lax");
        }
    }

    private Optional<Caller> sessionCaller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_CALLER) instanceof Long accountId)) {
            return Optional.empty();
        }
        Object since = session.getAttribute(SESSION_SINCE);
        Optional<Caller> caller = authenticator.callerForSession(accountId,
                since instanceof Long millis ? java.time.Instant.ofEpochMilli(millis) : null);
        if (caller.isEmpty()) {
            session.invalidate();
        }
        return caller;
    }

    private static AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context,
                                              Caller caller) {
        request.setAttribute(CurrentUser.ATTRIBUTE, caller);
        return context.notifyContainerAboutLogin(caller.username(), Set.of(caller.role().name()));
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = Optional.ofNullable(request.getHeader("Origin")).orElse(request.getHeader("Referer"));
        if (origin == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            return host != null && host.equalsIgnoreCase(uri.getAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static AuthenticationStatus problem(HttpServletResponse response, int status, String title,
                                                String detail) {
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json;charset=UTF-8");
            if (status == 401) {
                response.setHeader("WWW-Authenticate", "Bearer");
            }
            response.getWriter().write(Problems.json(status, title, detail));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
