package coop.harvest.platform;

/**
 * Reads the version an {@code If-Match} header expects: {@code "3"}, {@code W/"3"}, {@code 3}, or {@code *}. Every
 * {@code PUT} of a resource that carries {@code version} reads it here (API.md: a stale one gets 412).
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The expected version, or null when there is no precondition. */
    public static Long version(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.valueOf(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("If-Match must hold the version, for example \"3\"");
        }
    }
}
