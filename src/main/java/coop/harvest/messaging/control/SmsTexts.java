package coop.harvest.messaging.control;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts sent by SMS, in 'zh' (default) or 'en', short enough for one SMS with everyday figures. Numbers are
 * written plainly (8.5, 120), a missing figure as '-'.
 */
public final class SmsTexts {

    static final String BUNDLE = "coop.harvest.messaging.sms";

    private SmsTexts() {
    }

    public static String code(String language, String code) {
        return format(language, "code", code);
    }

    public static String newListing(String language, String product, BigDecimal price, String unit, String county,
                                    BigDecimal quantity) {
        return format(language, "listing", product, number(price), unit, county, number(quantity));
    }

    public static String newDemand(String language, String product, BigDecimal maxPrice, String unit, String county,
                                   BigDecimal quantity) {
        return format(language, "demand", product, number(maxPrice), unit, county, number(quantity));
    }

    public static String priceBelow(String language, String product, BigDecimal ask, String unit, BigDecimal below) {
        return format(language, "below", product, number(ask), unit, number(below));
    }

    public static String priceAbove(String language, String product, BigDecimal price, String unit, BigDecimal above) {
        return format(language, "above", product, number(price), unit, number(above));
    }

    /** Yesterday's figures and the book now. */
    public static String digest(String language, Figures f) {
        return f.traded()
                ? format(language, "digest", f.name(), number(f.average()), f.unit(), number(f.low()),
                        number(f.high()), number(f.volume()), number(f.bestAsk()), number(f.bestBid()))
                : format(language, "digestNone", f.name(), number(f.bestAsk()), number(f.bestBid()), f.unit());
    }

    /** Today's figures so far, answering {@code JG <product>}. */
    public static String today(String language, Figures f) {
        return f.traded()
                ? format(language, "today", f.name(), number(f.average()), f.unit(), number(f.low()),
                        number(f.high()), number(f.volume()), number(f.bestAsk()), number(f.bestBid()))
                : format(language, "todayNone", f.name(), number(f.bestAsk()), number(f.bestBid()), f.unit());
    }

    public static String stopped(String language) {
        return format(language, "stopped");
    }

    public static String help(String language) {
        return format(language, "help");
    }

    public static String unknownProduct(String language, String asked) {
        return format(language, "unknownProduct", shorten(asked, 12));
    }

    /** A new bureau post; the title is shortened so that the text stays one SMS. */
    public static String post(String language, String title) {
        String empty = format(language, "post", "");
        String whole = format(language, "post", title == null ? "" : title.strip());
        int limit = SmsEncoding.singleLimit(whole);
        if (whole.length() <= limit) {
            return whole;
        }
        return format(language, "post", shorten(title.strip(), limit - empty.length()));
    }

    /** The bureau answered a letter; the writer reads the answer with the tracking number (and the letter's code). */
    public static String letterAnswered(String language, String trackingNumber) {
        return format(language, "letter", trackingNumber);
    }

    static String number(BigDecimal value) {
        if (value == null) {
            return "-";
        }
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    private static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, Math.max(0, max - 3)) + "...";
    }

    private static String format(String language, String key, Object... args) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, SmsTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return new MessageFormat(pattern, locale).format(args);
    }
}
