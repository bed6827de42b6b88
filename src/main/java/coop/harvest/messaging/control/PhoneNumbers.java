package coop.harvest.messaging.control;

import java.util.Optional;
import java.util.regex.Pattern;

/** Mainland China mobile numbers: 11 digits, 1 then 3–9; spaces, dashes and a +86/86 prefix are tolerated. */
public final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private PhoneNumbers() {
    }

    /** The number as 11 digits, or empty when it is not a mainland mobile number. */
    public static Optional<String> mainlandMobile(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.strip().replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /** The number with all but the last four digits hidden, for pages and logs. */
    public static String masked(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone;
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
