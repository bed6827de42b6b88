/**
 * The market's faces: public JSON endpoints under {@code /api/market}, the order export under
 * {@code /api/exports}, the session beans that query the trading tables, and the backing beans of
 * {@code /market.xhtml} and the home page's statistics.
 */
package coop.harvest.market.boundary;
