package coop.harvest.matching.boundary;

import coop.harvest.orders.boundary.OrderReleased;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
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
}
