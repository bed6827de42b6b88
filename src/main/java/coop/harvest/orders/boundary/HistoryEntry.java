package coop.harvest.orders.boundary;

import java.time.Instant;

/** One change of an order: the state it reached, when, by whom (a username or "system") and why. */
public record HistoryEntry(String status, Instant at, String by, String note) {
}
