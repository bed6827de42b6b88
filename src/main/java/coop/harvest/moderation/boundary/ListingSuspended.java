package coop.harvest.moderation.boundary;

/**
 * Fired (synchronously, inside the staff action's transaction) when the bureau suspends an ACTIVE listing. Its open
 * orders stay as they are; observers notify the parties.
 */
public record ListingSuspended(long listingId, String reason, String actor) {
}
