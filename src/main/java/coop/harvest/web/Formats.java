package coop.harvest.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How money, quantities and dates read in one language. Money is always yuan written "¥1,234.50" whatever the
 * language: the JDK's English currency format would write "CN¥", which buyers here do not expect. Plain logic
 * with no Faces in it, so that it is tested without a server; {@link Fmt} hands it to the pages.
 */
public final class Formats {

    private final Locale locale;
    private final ZoneId zone;

    public Formats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }

    /** Yuan with two decimals, e.g. ¥1,234.50 and -¥3.00; empty for no amount. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /** A quantity with at most three decimals and no trailing zeros, e.g. 1,200.5. */
    public String quantity(BigDecimal quantity) {
        if (quantity == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(quantity);
    }

    /** A quantity and its unit, e.g. 1,200.5 kg. */
    public String measure(BigDecimal quantity, String unit) {
        String number = quantity(quantity);
        return number.isEmpty() || unit == null || unit.isBlank() ? number : number + " " + unit;
    }

    /** A unit price, e.g. ¥12.50/kg. */
    public String price(BigDecimal price, String unit) {
        String money = money(price);
        return money.isEmpty() || unit == null || unit.isBlank() ? money : money + "/" + unit;
    }

    /** A business date, e.g. 2026年3月5日 or Mar 5, 2026. */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /**
     * A moment as the market's clock showed it, e.g. 2026年3月5日 14:05 or Mar 5, 2026, 2:05 PM. Chinese takes the
     * 24-hour clock that timetables and receipts here use, not the JDK's "下午2:05".
     */
    public String instant(Instant instant) {
        if (instant == null) {
            return "";
        }
        java.time.ZonedDateTime local = instant.atZone(zone);
        boolean chinese = "zh".equals(locale.getLanguage());
        String time = DateTimeFormatter.ofPattern(chinese ? "HH:mm" : "h:mm a", locale).format(local);
        return date(local.toLocalDate()) + (chinese ? " " : ", ") + time;
    }

    /** The market's calendar day of a moment. */
    public String day(Instant instant) {
        return instant == null ? "" : date(LocalDate.ofInstant(instant, zone));
    }
}
