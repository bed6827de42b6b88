package coop.harvest.web;

import coop.harvest.platform.DataVersion;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.SecurityHeaders;
import coop.harvest.platform.Settings;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The home and listing pages as a visitor sees them, rendered once and served again while nothing public changed
 * ({@link DataVersion}, shared by all instances) and for at most HARVEST_PUBLIC_CACHE_SECONDS (0 = never kept),
 * the same rule as the {@code PublicCache} their data already comes from: on harvest day most views of these pages
 * are by visitors, and rendering them (Faces) costs far more than reading their data.
 * <p>
 * A page is kept per address (path and query), language, theme and market day, and only when nobody is signed in:
 * a request with an HTTP session, an Authorization header or any cookie but the language and theme is rendered as
 * usual, and so is an answer that is not a plain 200 page, sets a cookie or opened a session. Each answer gets a
 * fresh CSP nonce, in its header and everywhere the page carried the first one's (scripts and forms), so a page
 * served again is indistinguishable from one rendered anew. Mapped to the Faces servlet by name, so it runs after
 * every filter mapped by path (compression and security headers wrap what it writes).
 */
@WebFilter(servletNames = "Faces Servlet", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class VisitorPages extends HttpFilter {

    static final Set<String> VIEWS = Set.of("/index.xhtml", "/listing.xhtml");
    /** About 40 KB each at most (a listing page in Chinese is about 20): a few megabytes in all. */
    static final int MAX_PAGES = 300;
    private static final int MAX_QUERY = 300;
    private static final int MAX_THEME = 40;

    record Key(String path, String query, String language, String theme, LocalDate day) {
    }

    /** A rendered page cut at its nonce: the parts are joined with each answer's own nonce. */
    record Page(long version, long createdNanos, String contentType, List<String[]> headers, byte[][] parts) {
    }

    private final ConcurrentMap<Key, Page> pages = new ConcurrentHashMap<>();
    private long maxAgeNanos;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        maxAgeNanos = Long.parseLong(Settings.get("HARVEST_PUBLIC_CACHE_SECONDS", "5").strip()) * 1_000_000_000L;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Key key = maxAgeNanos > 0 && "GET".equals(request.getMethod()) ? key(request) : null;
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        long version = DataVersion.current();
        long now = System.nanoTime();
        Page page = pages.get(key);
        if (page != null && page.version() == version && now - page.createdNanos() < maxAgeNanos) {
            serve(page, response);
            return;
        }
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        byte[] body = capture.finish();
        if (body != null && capture.cacheable() && request.getSession(false) == null) {
            keep(key, new Page(version, now, capture.getContentType(), capture.headers,
                    split(body, capture.nonce)));
        }
    }

    /** The key of a visitor's view of a cached page, or null when this request is not one. */
    static Key key(HttpServletRequest request) {
        String path = request.getServletPath();
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        if (!VIEWS.contains(path) || request.getPathInfo() != null || query.length() > MAX_QUERY
                || request.getRequestedSessionId() != null || request.getUserPrincipal() != null
                || request.getHeader("Authorization") != null) {
            return null;
        }
        String language = null;
        String theme = "";
        for (Cookie cookie : request.getCookies() == null ? new Cookie[0] : request.getCookies()) {
            if (Preferences.LANGUAGE_COOKIE.equals(cookie.getName())) {
                language = cookie.getValue();
            } else if (Preferences.THEME_COOKIE.equals(cookie.getName()) && cookie.getValue().length() <= MAX_THEME) {
                theme = cookie.getValue();
            } else {
                return null;
            }
        }
        return new Key(path, query, Preferences.languageOf(language, request.getLocales()), theme, MarketDay.today());
    }

    private void keep(Key key, Page page) {
        if (pages.size() >= MAX_PAGES) {
            long version = DataVersion.current();
            long now = System.nanoTime();
            pages.values().removeIf(p -> p.version() != version || now - p.createdNanos() >= maxAgeNanos);
            if (pages.size() >= MAX_PAGES) {
                return;
            }
        }
        pages.put(key, page);
    }

    private static void serve(Page page, HttpServletResponse response) throws IOException {
        byte[] nonce = Base64.getEncoder().encode(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
        response.setContentType(page.contentType());
        for (String[] header : page.headers()) {
            response.addHeader(header[0], header[1]);
        }
        // as PrimeFaces announces its nonce: SecurityHeaders turns this into the full policy
        response.setHeader(SecurityHeaders.HEADER, "script-src 'self' 'nonce-"
                + new String(nonce, StandardCharsets.US_ASCII) + "'");
        ServletOutputStream out = response.getOutputStream();
        byte[][] parts = page.parts();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.write(nonce);
            }
            out.write(parts[i]);
        }
    }

    /** The body cut wherever the nonce occurs (ASCII, so a cut never splits a character). */
    static byte[][] split(byte[] body, String nonce) {
        if (nonce == null || nonce.isEmpty()) {
            return new byte[][] {body};
        }
        byte[] needle = nonce.getBytes(StandardCharsets.US_ASCII);
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= body.length - needle.length; i++) {
            if (body[i] == needle[0] && Arrays.equals(body, i, i + needle.length, needle, 0, needle.length)) {
                parts.add(Arrays.copyOfRange(body, start, i));
                start = i + needle.length;
                i = start - 1;
            }
        }
        parts.add(Arrays.copyOfRange(body, start, body.length));
        return parts.toArray(byte[][]::new);
    }

    /**
     * Holds the page back until it is complete, noting what decides whether it may be kept: its status, its nonce,
     * the headers set below this filter, and whether it set a cookie. Errors and redirects pass straight through.
     */
    static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        final List<String[]> headers = new ArrayList<>();
        String nonce;
        private int status = SC_OK;
        private boolean passedOn;
        private boolean personal;
        private PrintWriter writer;
        private ServletOutputStream stream;

        Capture(HttpServletResponse response) {
            super(response);
        }

        boolean cacheable() {
            return status == SC_OK && !passedOn && !personal && getContentType() != null
                    && getContentType().startsWith("text/html");
        }

        /** Writes the held page to the response; its bytes, or null when the response went its own way. */
        byte[] finish() throws IOException {
            if (passedOn) {
                return null;
            }
            if (writer != null) {
                writer.flush();
            }
            byte[] body = buffer.toByteArray();
            getResponse().getOutputStream().write(body);
            return body;
        }

        @Override
        public void setHeader(String name, String value) {
            note(name, value);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            note(name, value);
            super.addHeader(name, value);
        }

        private void note(String name, String value) {
            if (SecurityHeaders.HEADER.equalsIgnoreCase(name)) {
                nonce = SecurityHeaders.nonceOf(value);
            } else if ("Set-Cookie".equalsIgnoreCase(name)) {
                personal = true;
            } else {
                headers.add(new String[] {name, value});
            }
        }

        @Override
        public void addCookie(Cookie cookie) {
            personal = true;
            super.addCookie(cookie);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            passedOn = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            passedOn = true;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            passedOn = true;
            super.sendRedirect(location);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (passedOn) {
                throw new IllegalStateException("the response has been sent");
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("a page is written at once");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
                        Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void resetBuffer() {
            if (writer != null) {
                writer.flush();
            }
            buffer.reset();
        }

        @Override
        public void reset() {
            resetBuffer();
            headers.clear();
            nonce = null;
            status = SC_OK;
            personal = false;
            super.reset();
        }

        @Override
        public boolean isCommitted() {
            return passedOn || super.isCommitted();
        }

        @Override
        public void setContentLength(int len) {
            // the length is the held page's, written at the end
        }

        @Override
        public void setContentLengthLong(long len) {
            // as above
        }

        @Override
        public void setBufferSize(int size) {
            // the whole page is held
        }
    }
}
