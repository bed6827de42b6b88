package coop.harvest.accounts.control;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character alphabet
 * (no I, O, Z, S, V); the last is a check character computed from the first 17 with fixed weights, modulo 31.
 */
public final class RegistrationNumbers {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private RegistrationNumbers() {
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return code.charAt(17) == checkCharacter(code.substring(0, 17));
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    /** A complete code from its first 17 characters. */
    public static String complete(String first17) {
        return first17 + checkCharacter(first17);
    }
}
