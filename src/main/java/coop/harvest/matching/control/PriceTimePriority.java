package coop.harvest.matching.control;

import java.util.Comparator;
import java.util.List;

/**
 * The order in which the book is walked: a demand takes listings cheapest first, and a listing serves demands
 * highest bid first; older first at equal price, and the id breaks ties of equal instants so the walk is stable.
 */
public final class PriceTimePriority {

    public static final Comparator<ListingTerms> CHEAPEST_FIRST = Comparator
            .comparing(ListingTerms::unitPrice)
            .thenComparing(ListingTerms::createdAt)
            .thenComparingLong(ListingTerms::id);

    public static final Comparator<DemandTerms> HIGHEST_BID_FIRST = Comparator
            .comparing(DemandTerms::maxUnitPrice, Comparator.reverseOrder())
            .thenComparing(DemandTerms::createdAt)
            .thenComparingLong(DemandTerms::id);

    private PriceTimePriority() {
    }

    public static List<ListingTerms> offers(List<ListingTerms> listings) {
        return listings.stream().sorted(CHEAPEST_FIRST).toList();
    }

    public static List<DemandTerms> bids(List<DemandTerms> demands) {
        return demands.stream().sorted(HIGHEST_BID_FIRST).toList();
    }
}
