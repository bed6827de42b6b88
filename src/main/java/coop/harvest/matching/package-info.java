/**
 * Matching: session beans that fill demands from compatible listings by price-time priority and reserve quantity
 * in the same transaction. No REST of its own. The top of the chain (README, Layout): it reads listings, demands and
 * parties through their boundaries and creates orders through {@code orders.boundary.OrderBook}; nobody calls it.
 * It observes, synchronously in the announcing transaction, {@code ListingActivated}, {@code ListingReplenished},
 * {@code DemandPosted} and {@code OrderReleased} ({@code boundary.Rematcher}).
 */
package coop.harvest.matching;
