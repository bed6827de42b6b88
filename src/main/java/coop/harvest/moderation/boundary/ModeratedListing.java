package coop.harvest.moderation.boundary;

import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Grade;
import coop.harvest.listings.entity.Listing;
import coop.harvest.listings.boundary.ListingStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.math.RoundingMode;
import java.util.List;

/**
 * A listing as staff see it: the fields of the public listing view plus the status reason and, in the review queue,
 * since when it has waited (its last submission) and for how many minutes.
 */
public record ModeratedListing(long id, CooperativeRef cooperative, String product, Grade grade,
                               List<Certification> certifications, BigDecimal quantity, BigDecimal available,
                               BigDecimal minOrderQuantity, BigDecimal unitPrice, String county,
                               LocalDate availableFrom, LocalDate availableUntil, String description,
                               ListingStatus status, String statusReason, Instant createdAt,
                               Instant waitingSince, Long waitingMinutes, long version) {

    /** The cooperative behind a listing, as the public listing view names it. */
    public record CooperativeRef(long id, String name, boolean verified) {
    }

    static ModeratedListing of(Listing l, CooperativeRef cooperative, boolean inQueue) {
        Instant since = inQueue ? l.getUpdatedAt() : null;
        return new ModeratedListing(l.getId(), cooperative, l.getProduct(), l.getGrade(),
                l.getCertifications().asList(), quantity(l.getQuantity()),
                quantity(l.getAvailable()), quantity(l.getMinOrderQuantity()),
                l.getUnitPrice().setScale(2, RoundingMode.UNNECESSARY), l.getCounty(),
                l.getAvailableFrom(), l.getAvailableUntil(), l.getDescription(), l.getStatus(), l.getStatusReason(),
                l.getCreatedAt(), since, since == null ? null : Duration.between(since, Instant.now()).toMinutes(),
                l.getVersion());
    }

    private static BigDecimal quantity(BigDecimal value) {
        return value.setScale(3, RoundingMode.UNNECESSARY);
    }
}
