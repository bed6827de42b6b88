package coop.harvest.web;

import java.util.Locale;

/**
 * Words for field errors that a page has no text of its own for: the kind of problem (REQUIRED, FORMAT, TOO_LONG,
 * TAKEN, invalid), whose texts the page bundle has as {@code form.error.<kind>} in both languages, read from a Bean
 * Validation constraint's name or an API message; and an API message made a sentence for English pages.
 */
public final class FieldTexts {

    private FieldTexts() {
    }

    /** The kind of a Bean Validation constraint, by its annotation's simple name. */
    public static String kindOfConstraint(String constraint) {
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
            case "Size", "Max", "DecimalMax" -> "TOO_LONG";
            default -> "FORMAT";
        };
    }

    /** The kind of an API field message ("is required", "must be at most 200 characters", ...), or a kind itself. */
    public static String kindOf(String message) {
        if (message == null || message.isBlank()) {
            return "invalid";
        }
        String m = message.strip();
        if (m.equals("REQUIRED") || m.equals("FORMAT") || m.equals("TOO_LONG") || m.equals("TAKEN")) {
            return m;
        }
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.startsWith("is required") || lower.startsWith("must not be blank") || lower.startsWith("must not be null")) {
            return "REQUIRED";
        }
        if (lower.contains("at most") || lower.contains("too long")) {
            return "TOO_LONG";
        }
        if (lower.contains("taken") || lower.contains("already")) {
            return "TAKEN";
        }
        return "invalid";
    }

    /** "must be a phone number" → "Must be a phone number."; a kind name becomes nothing better than itself. */
    public static String sentence(String message) {
        String m = message.strip();
        if (m.isEmpty()) {
            return m;
        }
        String first = m.substring(0, 1).toUpperCase(Locale.ROOT) + m.substring(1);
        return first.endsWith(".") || first.endsWith("!") || first.endsWith("?") ? first : first + ".";
    }
}
