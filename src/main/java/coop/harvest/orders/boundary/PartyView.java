package coop.harvest.orders.boundary;

/** A party of an order, by its public name only. */
public record PartyView(long id, String name) {
}
