package coop.harvest.platform;

import java.util.Locale;
import java.util.Set;

/**
 * What {@link Compression} compresses: text a browser reads (pages, stylesheets, scripts, JSON, SVG) for a client
 * that accepts gzip. Never images, fonts or archives (already compressed), never an event stream (each event must
 * leave at once), never a body that already has an encoding.
 */
public final class CompressionRules {

    private static final Set<String> TYPES = Set.of("text/html", "text/css", "text/javascript", "text/plain",
            "text/csv", "text/xml", "application/javascript", "application/x-javascript", "application/json",
            "application/problem+json", "application/merge-patch+json", "application/xml", "application/xhtml+xml",
            "application/ld+json", "application/manifest+json", "application/yaml", "image/svg+xml");

    private CompressionRules() {
    }

    /** Whether a response of this Content-Type is worth compressing (parameters such as charset ignored). */
    public static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return TYPES.contains(type);
    }

    /** Whether an Accept-Encoding header accepts gzip (listed, or {@code *}, with a q-value above zero). */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return false;
        }
        Boolean star = null;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            boolean wanted = quality(pieces) > 0;
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                return wanted;
            }
            if (coding.equals("*")) {
                star = wanted;
            }
        }
        return Boolean.TRUE.equals(star);
    }

    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException malformed) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** A Vary header value with Accept-Encoding added once. */
    public static String varyWithEncoding(String vary) {
        if (vary == null || vary.isBlank()) {
            return "Accept-Encoding";
        }
        for (String name : vary.split(",")) {
            if (name.strip().equalsIgnoreCase("Accept-Encoding") || name.strip().equals("*")) {
                return vary;
            }
        }
        return vary + ", Accept-Encoding";
    }

    /** A strong ETag names the identity bytes: the gzipped body only matches weakly (as nginx does). */
    public static String weakened(String etag) {
        return etag == null || etag.startsWith("W/") ? etag : "W/" + etag;
    }
}
