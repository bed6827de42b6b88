/**
 * Demand posts: what buyers want, at most at what price, by when; posting one asks matching to fill it.
 * <p>
 * In the chain (README, Layout) below listings, above accounts. It owns the DEMAND table: fills and status changes by
 * others go through {@code boundary.DemandBook}; posting fires {@code DemandPosted}, which matching observes.
 */
package coop.harvest.demands;
