package coop.harvest.matching.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a demand into fills: walks its compatible listings once in price-time priority, takes
 * min(still needed, available) of each, skips a fill below the listing's minimum order, and for an all-or-none
 * demand returns nothing unless the walk covers all of it (no search for other combinations).
 */
public final class FillPlanner {

    private FillPlanner() {
    }

    public static List<Fill> plan(DemandTerms demand, List<ListingTerms> listings, LocalDate today) {
        BigDecimal needed = demand.remaining();
        List<Fill> fills = new ArrayList<>();
        for (ListingTerms listing : PriceTimePriority.offers(listings)) {
            if (needed.signum() <= 0) {
                break;
            }
            if (!Compatibility.compatible(listing, demand, today)) {
                continue;
            }
            BigDecimal quantity = needed.min(listing.available());
            if (quantity.compareTo(listing.minOrderQuantity()) < 0) {
                continue;
            }
            fills.add(new Fill(listing.id(), quantity, listing.unitPrice()));
            needed = needed.subtract(quantity);
        }
        if (!demand.allowPartial() && needed.signum() > 0) {
            return List.of();
        }
        return List.copyOf(fills);
    }
}
