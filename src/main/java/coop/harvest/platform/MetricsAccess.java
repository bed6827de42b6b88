package coop.harvest.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /metrics} (Payara's MicroProfile Metrics, served inside this application's context when it is deployed at
 * the root, as the README says) answers only staff (signed in, or with a staff bearer token) and the addresses listed
 * in {@code HARVEST_METRICS_FROM} (comma-separated, e.g. the Prometheus server's); anyone else gets 404 problem+json,
 * as if there were nothing there. The health endpoints stay public for load balancers.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"}, asyncSupported = true)
public class MetricsAccess extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (allowed(request)) {
            response.setHeader("Cache-Control", "no-store");
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(Problem.MEDIA_TYPE);
        response.getWriter().write(Problems.json(404, "Not Found", "Nothing here"));
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
