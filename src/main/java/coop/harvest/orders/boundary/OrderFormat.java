package coop.harvest.orders.boundary;

import coop.harvest.catalog.boundary.DisplayNames;
import coop.harvest.platform.MarketDay;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** How the order pages write instants (market time zone) and product names; money and quantities: Fmt. */
@RequestScoped
public class OrderFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    DisplayNames names;

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(MarketDay.zone()));
    }

    public String productName(String code) {
        return names.product(code);
    }
}
