package coop.harvest.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Long-lived caching of static files. A Faces resource address carries a version ({@code v=}: PrimeFaces' release,
 * or the application's resource version that web.VersionedResources adds), so its bytes never change under that
 * address: {@code public, max-age=31536000, immutable}, and a browser never asks again on a repeat visit. Unversioned
 * files under /resources/ are cached for a day. Pages are left alone. What the resource handler itself says about
 * caching (seven days, Expires) is replaced; an error answer is not cached.
 */
@WebFilter(urlPatterns = {"/jakarta.faces.resource/*", "/resources/*"}, asyncSupported = true)
public class StaticCaching extends HttpFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String ONE_DAY = "public, max-age=86400";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String policy = request.getServletPath().startsWith("/jakarta.faces.resource")
                || request.getRequestURI().contains("/jakarta.faces.resource/")
                ? versioned(request) ? IMMUTABLE : null
                : ONE_DAY;
        if (policy == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", policy);
        chain.doFilter(request, new Cached(response));
    }

    static boolean versioned(HttpServletRequest request) {
        String v = request.getParameter("v");
        return v != null && !v.isBlank();
    }

    /** Keeps the caching policy set above; an error status is not stored. */
    private static final class Cached extends HttpServletResponseWrapper {

        Cached(HttpServletResponse response) {
            super(response);
        }

        private static boolean caching(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name)
                    || "Pragma".equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!caching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!caching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!caching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!caching(name)) {
                super.addDateHeader(name, date);
            }
        }

        @Override
        public void setStatus(int status) {
            uncachedIfError(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            uncachedIfError(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            uncachedIfError(status);
            super.sendError(status, message);
        }

        private void uncachedIfError(int status) {
            if (status >= 400 && !isCommitted()) {
                super.setHeader("Cache-Control", "no-store");
            }
        }
    }
}
