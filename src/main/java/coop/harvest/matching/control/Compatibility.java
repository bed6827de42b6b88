package coop.harvest.matching.control;

import java.time.LocalDate;

/** The normative compatibility rule of a listing and a demand (API.md "Matching"). */
public final class Compatibility {

    private Compatibility() {
    }

    /** {@code today} is the market's business date (HARVEST_TIMEZONE). */
    public static boolean compatible(ListingTerms listing, DemandTerms demand, LocalDate today) {
        return listing.product().equals(demand.product())
                && listing.grade().meets(demand.minGrade())
                && listing.certifications().containsAll(demand.certifications())
                && listing.unitPrice().compareTo(demand.maxUnitPrice()) <= 0
                && !listing.availableFrom().isAfter(demand.neededBy())
                && !listing.availableUntil().isBefore(today)
                && !demand.neededBy().isBefore(today)
                && listing.active() && listing.available().signum() > 0
                && demand.open() && demand.remaining().signum() > 0
                && !listing.sellerSuspended() && !demand.buyerSuspended()
                && !demand.excludedListings().contains(listing.id());
    }
}
