package coop.harvest.orders.boundary;

/**
 * Fired synchronously, inside the transaction, when a declined, cancelled or expired order has given its quantity
 * back: matching observes it to re-match the demand (never with this listing again) and the listing.
 */
public record OrderReleased(long orderId, long listingId, Long demandId, String product) {
}
