package coop.harvest.listings.boundary;

/**
 * Fired synchronously, inside the transaction, when a listing becomes ACTIVE: a verified cooperative's new listing, a
 * listing approved or reinstated by staff. Matching observes it to fill open demands; subscriptions observe it to
 * tell subscribers of the product (and county).
 */
public record ListingActivated(long listingId, long cooperativeId, String product, String county) {
}
