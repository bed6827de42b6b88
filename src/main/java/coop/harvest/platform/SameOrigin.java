package coop.harvest.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * Cross-site request forgery guard for the pages: a state-changing request (anything but GET, HEAD, OPTIONS) that a
 * browser sends from another site carries that site in {@code Origin} (or {@code Referer}), and is refused with 403
 * before any page or bean sees it. Stateless Faces views ({@code ViewState=stateless}) have no secret of their own, so
 * this is what keeps a forged post from signing a user out or ordering in their name. Clients that send neither
 * header (API clients with bearer tokens, curl) hold no browser cookie to abuse and pass.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SameOrigin extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        boolean safe = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        if (!safe && !sameOrigin(request)) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType(Problem.MEDIA_TYPE);
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                        + "\"detail\":\"A request from another site is not accepted\"}");
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean sameOrigin(HttpServletRequest request) {
        String source = request.getHeader("Origin");
        if (source == null || source.isBlank()) {
            source = request.getHeader("Referer");
        }
        if (source == null || source.isBlank()) {
            return true;
        }
        if (source.strip().equals("null")) {
            return false;
        }
        String forwarded = request.getHeader("X-Forwarded-Host");
        String host = forwarded != null && !forwarded.isBlank() ? forwarded.split(",")[0].strip()
                : request.getHeader("Host");
        return host != null && host.equalsIgnoreCase(authority(source));
    }

    private static String authority(String url) {
        try {
            String authority = URI.create(url.strip()).getRawAuthority();
            return authority == null ? "" : authority;
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
