/** Order farming over HTTP and in pages: offers, commitments, contracts, deliveries, timers, the bureau's figures. */
package coop.harvest.contracts.boundary;
