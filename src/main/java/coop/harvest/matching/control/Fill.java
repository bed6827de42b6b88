package coop.harvest.matching.control;

import java.math.BigDecimal;

/** One planned order: this much of that listing at its unit price. */
public record Fill(long listingId, BigDecimal quantity, BigDecimal unitPrice) {
}
