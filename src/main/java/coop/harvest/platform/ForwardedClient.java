package coop.harvest.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Behind a load balancer (src/deploy/haproxy.cfg) every request comes from the balancer's address, so the limits per
 * client address (sign-up, sign-in failures, letters) would count all clients together. When the direct peer is one
 * of HARVEST_TRUSTED_PROXIES (comma-separated addresses; none by default), the client's address is the last one in
 * X-Forwarded-For that is not itself a trusted proxy; a header from anyone else is ignored, so clients cannot forge it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ForwardedClient extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private Set<String> trusted = Set.of();

    @Override
    public void init() {
        trusted = parse(Settings.get("HARVEST_TRUSTED_PROXIES", ""));
    }

    static Set<String> parse(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The client's address given the direct peer, its X-Forwarded-For headers and the trusted proxies. */
    static String client(String peer, List<String> forwardedFor, Set<String> trusted) {
        if (!trusted.contains(peer) || forwardedFor.isEmpty()) {
            return peer;
        }
        List<String> hops = forwardedFor.stream().flatMap(h -> Arrays.stream(h.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return hops.get(i).length() > 64 ? peer : hops.get(i);
            }
        }
        return peer;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (trusted.isEmpty() || !trusted.contains(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        String client = client(request.getRemoteAddr(),
                java.util.Collections.list(request.getHeaders("X-Forwarded-For")), trusted);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getRemoteAddr() {
                return client;
            }

            @Override
            public String getRemoteHost() {
                return client;
            }
        }, response);
    }
}
