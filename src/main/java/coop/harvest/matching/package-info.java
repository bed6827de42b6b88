/**
 * Matching: session beans that fill demands from compatible listings by price-time priority and reserve quantity
 * in the same transaction. No REST of its own; listings, demands and orders call it.
 */
package coop.harvest.matching;
