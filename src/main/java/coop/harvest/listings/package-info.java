/**
 * Supply listings: what cooperatives offer, with grade, certifications, quantity and price; their review states,
 * search for everyone, and the cooperative's own listing pages.
 * <p>
 * In the chain (README, Layout) below moderation and orders, above demands and accounts. It owns the LISTING table:
 * others hold, reserve and release stock and change status through {@code boundary.ListingBook}, and it announces a
 * listing that went live or got more to offer ({@code ListingActivated}, {@code ListingReplenished}) for matching.
 */
package coop.harvest.listings;
