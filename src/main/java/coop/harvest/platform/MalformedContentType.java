package coop.harvest.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A Content-Type that is not a media type at all ({@code garbage}) makes the JAX-RS runtime answer a bare 400 before
 * any mapper runs; refusing it here gives API clients the same 415 problem as any other unsupported type.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class MalformedContentType extends HttpFilter {

    private static final Pattern MEDIA_TYPE =
            Pattern.compile("\\s*[\\w!#$%&'*+.^`|~-]+/[\\w!#$%&'*+.^`|~-]+\\s*(;.*)?", Pattern.DOTALL);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && !contentType.isBlank() && !MEDIA_TYPE.matcher(contentType).matches()) {
            response.setStatus(415);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(Problems.json(415, "Unsupported Media Type",
                    "Unsupported media type; send application/json"));
            return;
        }
        chain.doFilter(request, response);
    }
}
