package coop.harvest.accounts.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Password rules: 12 to 128 characters, no control characters, not only white space, not the username, not one of
 * about 50,000 commonly used and breached passwords that ship compressed in the WAR, not such a word dressed up with
 * capitals, digits, symbols or look-alike characters ({@code Password123!}, {@code P@ssw0rd2026}), not a repeated
 * pattern or run ({@code abababababab}, {@code 123456789012}), and not a password this marketplace has published
 * (the demo passwords).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** Passwords printed in the README and the demo's start-up log: nobody may choose them outside demo mode. */
    public static final Set<String> PUBLISHED = Set.of("harvest-demo-2026", "harvest-demo-admin");
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Why the password is refused, or empty when it is acceptable (published passwords refused). */
    public static Optional<String> problem(String password, String username) {
        return problem(password, username, false);
    }

    /** As {@link #problem(String, String)}; {@code allowPublished} lets the demo data use the demo password. */
    public static Optional<String> problem(String password, String username, boolean allowPublished) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        if (password.codePoints().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.UNASSIGNED
                || Character.getType(c) == Character.SURROGATE)) {
            return Optional.of("must not contain control or invisible characters");
        }
        if (password.isBlank()) {
            return Optional.of("must not be only spaces");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.strip().equals(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("must not be the username");
        }
        if (!allowPublished && PUBLISHED.contains(lower.strip())) {
            return Optional.of("is published as a demo password; choose another");
        }
        if (repetitive(lower)) {
            return Optional.of("is a repeated pattern or a run of characters; choose something less predictable");
        }
        if (common(lower) || username != null && containsUsername(lower, username)) {
            return Optional.of("is too common or too easy to guess; choose another");
        }
        return Optional.empty();
    }

    private static boolean common(String lower) {
        if (COMMON.contains(lower) || COMMON.contains(lower.strip())) {
            return true;
        }
        String plain = unleet(lower);
        String core = plain.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        // a common word with digits and symbols around it, e.g. Password123!, 2026qwerty!!
        return core.length() >= 4 && (COMMON.contains(core) || COMMON.contains(plain))
                || plain.replaceAll("[^\\p{L}\\p{N}]", "").length() >= 4
                && COMMON.contains(plain.replaceAll("[^\\p{L}\\p{N}]", ""));
    }

    private static boolean containsUsername(String lower, String username) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (name.length() < 4 || !lower.contains(name)) {
            return false;
        }
        return lower.replace(name, "").replaceAll("[^\\p{L}]", "").length() < 4;
    }

    private static String unleet(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(switch (c) {
                case '@', '4' -> 'a';
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        // digits and symbols at the ends are decoration, not letters: keep those as typed
        String mapped = out.toString();
        int start = 0;
        while (start < text.length() && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        int end = text.length();
        while (end > start && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, start) + mapped.substring(start, end) + text.substring(end);
    }

    /** Few distinct characters, one short unit repeated, or a run such as 1234… or abcd…. */
    static boolean repetitive(String text) {
        int[] points = text.codePoints().toArray();
        if (text.codePoints().distinct().count() <= 3) {
            return true;
        }
        for (int unit = 1; unit <= points.length / 2; unit++) {
            boolean repeats = true;
            for (int i = unit; i < points.length && repeats; i++) {
                repeats = points[i] == points[i % unit];
            }
            if (repeats) {
                return true;
            }
        }
        int steps = 0;
        for (int i = 1; i < points.length; i++) {
            int step = points[i] - points[i - 1];
            if (step == 1 || step == -1 || step == 0) {
                steps++;
            }
        }
        return steps >= points.length - 2;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(64_000);
        read("/coop/harvest/accounts/breached-passwords.txt.gz", true, words);
        read("/coop/harvest/accounts/common-passwords.txt", false, words);
        return Set.copyOf(words);
    }

    private static void read(String resource, boolean gzipped, Set<String> words) {
        try (InputStream raw = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            InputStream in = gzipped ? new GZIPInputStream(raw, 64 * 1024) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
