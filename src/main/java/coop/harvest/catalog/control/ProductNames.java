package coop.harvest.catalog.control;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Whether a search query names a product: every word of the query (lower-cased, at most 5) is part of the product's
 * code, one of its names or one of its aliases, so "葡萄" finds grape (提子) and "oil" finds oil-tea camellia.
 */
public final class ProductNames {

    private final String code;
    private final List<String> names;

    public ProductNames(String code, String nameZh, String nameEn, Collection<String> aliases) {
        this.code = code;
        this.names = Stream.concat(Stream.of(code, nameZh, nameEn), aliases.stream())
                .map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
    }

    public String code() {
        return code;
    }

    /** True when every word of the query is found in one of the product's names; false for a blank query. */
    public boolean matches(String query) {
        List<String> words = words(query);
        return !words.isEmpty() && words.stream().allMatch(w -> names.stream().anyMatch(n -> n.contains(w)));
    }

    /** The words of a query as a search splits them (white space, lower case, at most 5). */
    public static List<String> words(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(query.strip().toLowerCase(Locale.ROOT).split("\\s+")).limit(5).toList();
    }

    /**
     * The aliases as stored: stripped, blanks and repeats (ignoring case) dropped, in the order given. Throws
     * IllegalArgumentException naming the problem when an alias is longer than 100 characters or there are over 30.
     */
    public static List<String> clean(List<String> aliases) {
        List<String> kept = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String alias : aliases) {
            String name = alias == null ? "" : alias.strip();
            if (name.length() > 100) {
                throw new IllegalArgumentException("each alias must be at most 100 characters");
            }
            if (!name.isEmpty() && seen.add(name.toLowerCase(Locale.ROOT))) {
                kept.add(name);
            }
        }
        if (kept.size() > 30) {
            throw new IllegalArgumentException("a product may have at most 30 aliases");
        }
        return kept;
    }
}
