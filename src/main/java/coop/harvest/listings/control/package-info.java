/**
 * Listing rules without a framework face: the validation of offered quantities, prices and dates, what an edit
 * changes for matching, and the lower-cased search text. Plain classes, unit-tested without a container.
 */
package coop.harvest.listings.control;
