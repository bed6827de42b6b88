package coop.harvest.posts.boundary;

/**
 * Fired synchronously inside the transaction that creates a post, so that a component above (SMS subscriptions)
 * can queue its messages in the same transaction.
 */
public record PostPublished(long postId, String kind, String title, String lang) {
}
