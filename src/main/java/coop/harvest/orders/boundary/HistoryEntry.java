package coop.harvest.orders.boundary;

import java.time.Instant;

/**
 * One line of an order's history: the state it reached, when, by whom (a username or "system") and why;
 * {@code event} names what happened when the state did not change (PAID: a payment was recorded).
 */
public record HistoryEntry(String status, Instant at, String by, String note, String event) {
}
