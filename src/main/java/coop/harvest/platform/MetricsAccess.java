package coop.harvest.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /metrics} (Payara's MicroProfile Metrics, served inside this application's context when it is deployed at
 * the root, as the README says) answers only staff (signed in, or with a staff bearer token) and the addresses listed
 * in {@code HARVEST_METRICS_FROM} (comma-separated, e.g. the Prometheus server's); anyone else gets 403 problem+json
 * (API.md). Metrics come only as Prometheus text: a request that accepts nothing of the kind (say {@code Accept:
 * application/json}) gets 406 problem+json here, not the container's HTML error page, which names the server. The
 * health endpoints stay public for load balancers.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"}, asyncSupported = true)
public class MetricsAccess extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!allowed(request)) {
            problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    "Metrics are for staff and the addresses in HARVEST_METRICS_FROM");
            return;
        }
        if (!acceptsText(request.getHeader("Accept"))) {
            problem(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not Acceptable",
                    "Metrics are served as text/plain (Prometheus' text format)");
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problem.MEDIA_TYPE);
        response.getWriter().write(Problems.json(status, title, detail));
    }

    /** Whether an Accept header admits the text metrics come in (no header admits anything). */
    static boolean acceptsText(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            boolean refused = Arrays.stream(parts).skip(1).map(String::strip)
                    .anyMatch(parameter -> parameter.matches("(?i)q\\s*=\\s*0(\\.0*)?"));
            if (!refused && (type.equals("*/*") || type.equals("text/*") || type.equals("text/plain"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allowed(HttpServletRequest request) {
        if (scrapers().contains(request.getRemoteAddr())) {
            return true;
        }
        try {
            return request.isUserInRole("STAFF");
        } catch (RuntimeException noCaller) {
            return false;
        }
    }

    /** The addresses of HARVEST_METRICS_FROM. */
    static Set<String> scrapers() {
        return Arrays.stream(Settings.get("HARVEST_METRICS_FROM", "").split(",")).map(String::strip)
                .filter(address -> !address.isEmpty()).collect(Collectors.toSet());
    }
}
