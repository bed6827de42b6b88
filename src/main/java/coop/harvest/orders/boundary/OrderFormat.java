package coop.harvest.orders.boundary;

import coop.harvest.catalog.boundary.Catalog;
import coop.harvest.web.Preferences;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the order pages write instants (market time zone), quantities and product names. */
@RequestScoped
public class OrderFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    @ConfigProperty(name = "HARVEST_TIMEZONE", defaultValue = "Asia/Shanghai")
    String timezone;

    @Inject
    Catalog catalog;

    @Inject
    Preferences preferences;

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(ZoneId.of(timezone)));
    }

    public String amount(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public String productName(String code) {
        return catalog.product(code).map(p -> p.name(preferences.getLanguage())).orElse(code);
    }

}
