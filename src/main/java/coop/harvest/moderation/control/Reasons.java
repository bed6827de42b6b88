package coop.harvest.moderation.control;

import coop.harvest.platform.ProblemException;

/** The rule that rejecting, suspending and removing say why: a reason of visible text, at most 1,000 characters. */
public final class Reasons {

    public static final int MAX_LENGTH = 1000;

    private Reasons() {
    }

    /** The reason stripped of surrounding blanks; a 422 naming {@code reason} when it is missing or too long. */
    public static String require(String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty()) {
            throw ProblemException.invalid("reason", "is required: say why, the owner will read it");
        }
        if (stripped.length() > MAX_LENGTH) {
            throw ProblemException.invalid("reason", "must be at most " + MAX_LENGTH + " characters");
        }
        return stripped;
    }

    /** An optional note: stripped, blank becomes null; a 422 naming {@code field} when too long. */
    public static String optional(String field, String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String stripped = note.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw ProblemException.invalid(field, "must be at most " + MAX_LENGTH + " characters");
        }
        return stripped;
    }
}
