package coop.harvest.listings.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The editable terms of a listing, as a creation or an edit asks for them (fields may be null when missing). */
public record ListingTerms(BigDecimal quantity, BigDecimal minOrderQuantity, BigDecimal unitPrice,
                           LocalDate availableFrom, LocalDate availableUntil, String description) {
}
