package coop.harvest.listings.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lower-cased text a {@code q=} search looks in (product names in both languages, the cooperative's name, the
 * description), and the search words turned into LIKE patterns. Kept in one column so a search is one predicate.
 */
public final class SearchText {

    public static final int MAX_LENGTH = 2600;
    public static final char ESCAPE = '\\';

    private SearchText() {
    }

    public static String of(String productZh, String productEn, String cooperativeName, String description) {
        String text = Stream.of(productZh, productEn, cooperativeName, description)
                .filter(Objects::nonNull)
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" | "));
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }

    /** One {@code %word%} pattern per word of the query (at most 5), with LIKE wildcards escaped. */
    public static List<String> patterns(String query) {
        return words(query).stream().map(SearchText::pattern).toList();
    }

    /** The words of the query (white space splits them, lower case, at most 5). */
    public static List<String> words(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(query.strip().toLowerCase(Locale.ROOT).split("\\s+")).limit(5).toList();
    }

    /** A {@code %word%} pattern with LIKE wildcards escaped. */
    public static String pattern(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
