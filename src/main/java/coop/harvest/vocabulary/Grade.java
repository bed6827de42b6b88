package coop.harvest.vocabulary;

import java.util.Arrays;
import java.util.List;

/** Produce grades, best first. */
public enum Grade {
    PREMIUM, FIRST, SECOND, STANDARD;

    /** True when this grade is {@code minimum} or better. */
    public boolean meets(Grade minimum) {
        return ordinal() <= minimum.ordinal();
    }

    /** Every grade that meets {@code minimum}. */
    public static List<Grade> atLeast(Grade minimum) {
        return Arrays.stream(values()).filter(g -> g.meets(minimum)).toList();
    }
}
