package coop.harvest.matching.control;

import coop.harvest.catalog.entity.Certification;
import coop.harvest.catalog.entity.Grade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** What matching needs to know of a listing; {@code sellerSuspended} covers its cooperative. */
public record ListingTerms(long id, String product, Grade grade, Set<Certification> certifications,
                           BigDecimal unitPrice, BigDecimal available, BigDecimal minOrderQuantity,
                           LocalDate availableFrom, LocalDate availableUntil, boolean active,
                           boolean sellerSuspended, Instant createdAt) {
}
