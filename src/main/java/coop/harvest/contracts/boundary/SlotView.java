package coop.harvest.contracts.boundary;

import java.time.LocalDate;

/** One delivery of an offer's schedule. */
public record SlotView(LocalDate date, int percent) {
}
