package coop.harvest.web;

import java.util.regex.Pattern;

/**
 * The query string a page was opened with, as the language and theme switches send it back: kept only when it is a
 * plain, URL-encoded query string (so that it cannot add a header or leave the page), without Faces' own parameters.
 */
public final class ReturnQuery {

    static final int MAX_LENGTH = 2000;
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9%._~+=&,:;!*'()@/?-]*");

    private ReturnQuery() {
    }

    /** The query string to redirect with, or null when there is none worth keeping. */
    public static String clean(String query) {
        if (query == null || query.isEmpty() || query.length() > MAX_LENGTH || !PLAIN.matcher(query).matches()) {
            return null;
        }
        StringBuilder kept = new StringBuilder();
        for (String pair : query.split("&")) {
            if (pair.isEmpty() || pair.startsWith("jakarta.faces.") || pair.startsWith("jfwid")) {
                continue;
            }
            kept.append(kept.length() == 0 ? "" : "&").append(pair);
        }
        return kept.length() == 0 ? null : kept.toString();
    }
}
