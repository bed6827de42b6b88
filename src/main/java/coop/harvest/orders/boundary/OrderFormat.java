package coop.harvest.orders.boundary;

import coop.harvest.catalog.boundary.Catalog;
import coop.harvest.web.Preferences;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the order pages write instants (market time zone) and product names; money and quantities: Fmt. */
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

    public String productName(String code) {
        return catalog.product(code).map(p -> p.name(preferences.getLanguage())).orElse(code);
    }

}
