package coop.harvest.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Security headers on every response. Scripts run only from the application's own origin, or inline when they
 * carry the nonce of the request: PrimeFaces' CSP mode ({@code primefaces.CSP} in web.xml) puts a fresh nonce on
 * every script it and Mojarra render and announces it by setting its own {@code script-src 'self' 'nonce-…'}
 * header. That header is replaced here by the full policy with the same nonce, so each response carries exactly
 * one policy and the policy is written in one place. Styles keep 'unsafe-inline': PrimeFaces positions its
 * widgets with inline styles, which cannot run code.
 */
// ERROR too: an error page is rendered by Faces in a second dispatch whose nonce must reach the header as well
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    public static final String HEADER = "Content-Security-Policy";
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    /** The policy; {@code nonce} null for responses that hold no inline script (API, files, plain errors). */
    static String policy(String nonce) {
        return "default-src 'self'; script-src 'self'" + (nonce == null ? "" : " 'nonce-" + nonce + "'")
                + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";
    }

    /** The nonce in a policy PrimeFaces wrote, or null. */
    public static String nonceOf(String policy) {
        Matcher matcher = NONCE.matcher(policy == null ? "" : policy);
        return matcher.find() ? matcher.group(1) : null;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(HEADER, policy(null));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        // the container would name itself (and its version) here
        response.setHeader("Server", "Harvest Exchange");
        if (request.getUserPrincipal() != null || request.getHeader("Authorization") != null) {
            // pages and answers made for one signed-in account stay out of every cache
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new NoncePolicy(response));
    }

    /** Turns PrimeFaces' script-only policy into the full one, keeping its nonce. */
    private static final class NoncePolicy extends HttpServletResponseWrapper {

        NoncePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (HEADER.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (HEADER.equalsIgnoreCase(name)) {
                super.setHeader(HEADER, policy(nonceOf(value)));
            } else {
                super.setHeader(name, value);
            }
        }
    }
}
