package coop.harvest.consultation.control;

/**
 * How a hotline caller appears in public: the first character of the name and two stars (王建国 → 王**), as
 * government hotlines publish their cases. Staff see the whole name and the phone.
 */
public final class CallerNames {

    private CallerNames() {
    }

    public static String masked(String name) {
        if (name == null || name.isBlank()) {
            return "**";
        }
        String stripped = name.strip();
        return stripped.substring(0, stripped.offsetByCodePoints(0, 1)) + "**";
    }
}
