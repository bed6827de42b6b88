package coop.harvest.moderation.boundary;

/**
 * Fired (synchronously, inside the staff action's transaction) when the bureau suspends a cooperative; the orders
 * component observes it to cancel the cooperative's pending orders with a note to the buyers.
 */
public record CooperativeSuspended(long cooperativeId, String reason, String actor) {
}
