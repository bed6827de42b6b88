/**
 * What the outside touches of listings: the JSON resource, the {@code Listings} facade that owns transactions and
 * roles, the expiry sweeper, request bodies, views, and the Faces beans of the market and cooperative pages.
 */
package coop.harvest.listings.boundary;
