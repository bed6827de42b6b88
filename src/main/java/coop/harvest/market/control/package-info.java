/**
 * Market calculations without a container: the market calendar (business days in HARVEST_TIMEZONE), daily
 * volume-weighted price series, summary assembly, Chart.js configurations and RFC 4180 CSV writing.
 */
package coop.harvest.market.control;
