package coop.harvest.matching.control;

import coop.harvest.vocabulary.Certifications;
import coop.harvest.vocabulary.Grade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What matching needs to know of a listing; {@code sellerSuspended} covers its cooperative. */
public record ListingTerms(long id, String product, Grade grade, Certifications certifications,
                           BigDecimal unitPrice, BigDecimal available, BigDecimal minOrderQuantity,
                           LocalDate availableFrom, LocalDate availableUntil, boolean active,
                           boolean sellerSuspended, Instant createdAt) {
}
