package coop.harvest.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gzips pages, stylesheets, scripts, JSON and SVG for clients that accept it ({@link CompressionRules}); every such
 * response says {@code Vary: Accept-Encoding}, whether compressed or not. Part of the application, not of the
 * server's configuration, so {@code java -jar payara-micro.jar --deploy harvest.war} serves it too. HEAD and range
 * requests and asynchronous responses (the notification event stream) pass as they are.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class Compression extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("HEAD".equals(request.getMethod()) || request.getHeader("Range") != null
                || "text/event-stream".equals(request.getHeader("Accept"))) {
            chain.doFilter(request, response);
            return;
        }
        CompressedResponse compressed = new CompressedResponse(response,
                CompressionRules.acceptsGzip(request.getHeader("Accept-Encoding")));
        try {
            chain.doFilter(request, compressed);
        } catch (IOException | ServletException | RuntimeException | Error failed) {
            compressed.abandon();
            throw failed;
        }
        if (request.isAsyncStarted()) {
            compressed.streamAsIs();
        } else {
            compressed.finish();
        }
    }
}
