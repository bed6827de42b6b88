package coop.harvest.web;

import coop.harvest.platform.MarketDay;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Formatting for pages in the visitor's language: {@code #{fmt.money(order.total)}}, {@code #{fmt.measure(q, 'kg')}},
 * {@code #{fmt.price(p, 'kg')}}, {@code #{fmt.date(listing.harvestDate)}}, {@code #{fmt.instant(order.createdAt)}}.
 * Moments are shown in the market's time zone (HARVEST_TIMEZONE), not the server's.
 */
@Named("fmt")
@RequestScoped
public class Fmt {

    @Inject
    Preferences preferences;

    private Formats formats;

    private Formats formats() {
        if (formats == null) {
            formats = new Formats(preferences.getLocale(), MarketDay.zone());
        }
        return formats;
    }

    /** A person's name as typed, except the first staff account's, which is shown in the page's language. */
    public String person(String name) {
        return SignIn.translatedName(name);
    }

    /** A county of Huaihua (stored by its Chinese name) in the visitor's language. */
    public String county(String canonical) {
        return canonical == null ? "" : coop.harvest.vocabulary.Counties.displayName(canonical, preferences.getLanguage());
    }

    public String money(BigDecimal amount) {
        return formats().money(amount);
    }

    public String quantity(BigDecimal quantity) {
        return formats().quantity(quantity);
    }

    public String measure(BigDecimal quantity, String unit) {
        return formats().measure(quantity, unit);
    }

    public String price(BigDecimal price, String unit) {
        return formats().price(price, unit);
    }

    public String date(LocalDate date) {
        return formats().date(date);
    }

    public String instant(Instant instant) {
        return formats().instant(instant);
    }

    public String day(Instant instant) {
        return formats().day(instant);
    }
}
