/**
 * Supply listings: what cooperatives offer, with grade, certifications, quantity and price; their review states,
 * search for everyone, and the cooperative's own listing pages.
 */
package coop.harvest.listings;
