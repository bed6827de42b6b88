package coop.harvest.matching.boundary;

import coop.harvest.demands.boundary.DemandPosted;
import coop.harvest.listings.boundary.ListingActivated;
import coop.harvest.listings.boundary.ListingReplenished;
import coop.harvest.orders.boundary.OrderReleased;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Matching's ears: the components below announce what may match (a listing went live or got more to offer, a demand
 * was posted, an order gave its quantity back) with synchronous CDI events, and matching runs in their transaction.
 * When an order fails, its quantity went back to the listing and its demand re-opened: match the demand again (the
 * failed listing is excluded by the rule) and the listing, in the same transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Rematcher {

    @Inject
    Matcher matcher;

    public void orderReleased(@Observes OrderReleased released) {
        if (released.demandId() != null) {
            matcher.matchDemand(released.demandId());
        }
        matcher.matchListing(released.listingId());
    }

    public void listingActivated(@Observes ListingActivated activated) {
        matcher.matchListing(activated.listingId());
    }

    public void listingReplenished(@Observes ListingReplenished replenished) {
        matcher.matchListing(replenished.listingId());
    }

    public void demandPosted(@Observes DemandPosted posted) {
        matcher.matchDemand(posted.demandId());
    }
}
