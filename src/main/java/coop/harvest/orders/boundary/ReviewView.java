package coop.harvest.orders.boundary;

import java.time.Instant;

/** A buyer's review of a completed order, with the cooperative's reply; the buyer by its public name only. */
public record ReviewView(long orderId, int rating, String comment, String reply, Instant at, Instant repliedAt,
                         Buyer buyer) {

    /** The reviewing buyer as the public sees it. */
    public record Buyer(String name) {
    }
}
