/**
 * Market information for everyone: the order book's best prices per product, traded volumes and daily price
 * history (read straight from listings, demands and orders, never written), the home page's public statistics,
 * and CSV exports of orders for their parties and the bureau. It owns no tables, only read indexes (V040).
 */
package coop.harvest.market;
