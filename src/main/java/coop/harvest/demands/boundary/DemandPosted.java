package coop.harvest.demands.boundary;

/**
 * Fired synchronously, inside the transaction, when a buyer posts a demand: matching observes it to fill the demand
 * at once; subscriptions observe it to tell subscribers of the product (and county).
 */
public record DemandPosted(long demandId, long buyerId, String product, String deliveryCounty) {
}
