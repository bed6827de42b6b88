package coop.harvest.letters.boundary;

/**
 * Fired synchronously inside the transaction that answers a letter, so that a component above (the SMS outbox) can
 * queue a text to the writer's phone in the same transaction. {@code phone} is null when the writer gave none.
 */
public record LetterAnswered(long letterId, String trackingNumber, String phone, String language) {
}
