package coop.harvest.listings.boundary;

/**
 * Fired synchronously, inside the transaction, when an ACTIVE listing got quantity back (a released order) or an
 * edit widened its terms (lower price, more quantity, wider dates): matching observes it to fill open demands.
 */
public record ListingReplenished(long listingId, String product) {
}
