package coop.harvest.letters.control;

import java.util.Locale;
import java.util.regex.Pattern;

/** Tracking numbers such as {@code HX2026-000017}: the year the letter arrived and its number in that year. */
public final class TrackingNumbers {

    private static final Pattern FORMAT = Pattern.compile("HX\\d{4}-\\d{6,}");

    private TrackingNumbers() {
    }

    public static String format(int year, long number) {
        return String.format(Locale.ROOT, "HX%04d-%06d", year, number);
    }

    /** The number as typed, normalised (upper case, no spaces), or null when it cannot be a tracking number. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String number = typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return FORMAT.matcher(number).matches() ? number : null;
    }
}
