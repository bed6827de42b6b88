package coop.harvest.letters.control;

import java.util.regex.Pattern;

/**
 * Published letters never show a phone number or e-mail address, even one the writer typed into the text: mainland
 * mobile and landline numbers keep only their first 3 and last 2 digits, addresses only their domain.
 */
public final class PublicText {

    private static final Pattern PHONE = Pattern.compile("(?<![A-Za-z\\d-])\\+?\\d(?:[- ]?\\d){6,}(?!\\d)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@([\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+)");

    private PublicText() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = EMAIL.matcher(text).replaceAll("***@$1");
        return PHONE.matcher(masked).replaceAll(match -> {
            String digits = match.group().replaceAll("\\D", "");
            if (digits.length() < 7 || DATE.matcher(match.group()).matches()) {
                return match.group();
            }
            return digits.substring(0, 3) + "*".repeat(digits.length() - 5) + digits.substring(digits.length() - 2);
        });
    }
}
