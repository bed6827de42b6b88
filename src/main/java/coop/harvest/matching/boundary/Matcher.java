package coop.harvest.matching.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The matching engine's entry points. Both join the caller's transaction, so a demand or listing and the orders
 * matched for it commit together.
 * <p>
 * PLACEHOLDER until the matching issue lands: both methods do nothing yet.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Matcher {

    /** Fills a newly posted (or re-opened) demand from compatible ACTIVE listings. */
    public void matchDemand(long demandId) {
        // implemented by the matching issue
    }

    /** Matches open demands against a listing that became ACTIVE or gained quantity, price or dates. */
    public void matchListing(long listingId) {
        // implemented by the matching issue
    }
}
