package coop.harvest.matching.control;

import coop.harvest.vocabulary.Certifications;
import coop.harvest.vocabulary.Grade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * What matching needs to know of a demand. {@code open} is OPEN or PARTIALLY_FILLED; {@code excludedListings} are
 * the listings whose order for this demand was declined, cancelled or expired: they are never matched with it again.
 */
public record DemandTerms(long id, String product, Grade minGrade, Certifications certifications,
                          BigDecimal quantity, BigDecimal filledQuantity, BigDecimal maxUnitPrice,
                          LocalDate neededBy, boolean allowPartial, boolean open, boolean buyerSuspended,
                          Set<Long> excludedListings, Instant createdAt) {

    public BigDecimal remaining() {
        return quantity.subtract(filledQuantity);
    }
}
