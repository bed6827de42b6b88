package coop.harvest.listings.boundary;

import coop.harvest.listings.control.ListingLifecycle;
import coop.harvest.listings.entity.Listing;
import coop.harvest.vocabulary.Certifications;
import coop.harvest.vocabulary.Grade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A listing's row as other components read it (matching, orders, moderation), a copy that never changes. */
public record ListingRecord(long id, long cooperativeId, String product, Grade grade, Certifications certifications,
                            BigDecimal quantity, BigDecimal available, BigDecimal minOrderQuantity,
                            BigDecimal unitPrice, String county, LocalDate availableFrom, LocalDate availableUntil,
                            String description, ListingStatus status, String statusReason, Instant createdAt,
                            Instant updatedAt, long version) {

    static ListingRecord of(Listing l) {
        return new ListingRecord(l.getId(), l.getCooperativeId(), l.getProduct(), l.getGrade(), l.getCertifications(),
                l.getQuantity(), l.getAvailable(), l.getMinOrderQuantity(), l.getUnitPrice(), l.getCounty(),
                l.getAvailableFrom(), l.getAvailableUntil(), l.getDescription(), l.getStatus(), l.getStatusReason(),
                l.getCreatedAt(), l.getUpdatedAt(), l.getVersion());
    }

    /** The status as of this market day (an ACTIVE listing past its last day is EXPIRED already). */
    public ListingStatus effectiveStatus(LocalDate today) {
        return ListingLifecycle.effective(status, availableUntil, today);
    }
}
