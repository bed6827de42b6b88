package coop.harvest.moderation.boundary;

import coop.harvest.platform.Dates;
import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Grade;
import coop.harvest.certificates.boundary.CertificateRef;
import coop.harvest.listings.boundary.ListingPhotoView;
import coop.harvest.listings.boundary.ListingRecord;
import coop.harvest.listings.boundary.ListingStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.math.RoundingMode;
import java.util.List;

/**
 * A listing as staff see it: the fields of the public listing view (with the certificates that back its claims and
 * its photos, which a reviewer checks) plus the status reason and, in the review queue, since when it has waited
 * (its last submission) and for how many minutes.
 */
public record ModeratedListing(long id, CooperativeRef cooperative, String product, Grade grade,
                               List<Certification> certifications, BigDecimal quantity, BigDecimal available,
                               BigDecimal minOrderQuantity, BigDecimal unitPrice, String county,
                               LocalDate availableFrom, LocalDate availableUntil, String description,
                               ListingStatus status, String statusReason, Instant createdAt,
                               Instant waitingSince, Long waitingMinutes, long version,
                               List<CertificateRef> certificates, List<ListingPhotoView> photos) {

    /** The cooperative behind a listing, as the public listing view names it. */
    public record CooperativeRef(long id, String name, boolean verified) {
    }

    static ModeratedListing of(ListingRecord l, CooperativeRef cooperative, boolean inQueue,
                               List<CertificateRef> certificates, List<ListingPhotoView> photos) {
        Instant since = inQueue ? l.updatedAt() : null;
        return new ModeratedListing(l.id(), cooperative, l.product(), l.grade(),
                l.certifications().asList(), quantity(l.quantity()),
                quantity(l.available()), quantity(l.minOrderQuantity()),
                l.unitPrice().setScale(2, RoundingMode.UNNECESSARY), l.county(),
                l.availableFrom(), l.availableUntil(), l.description(), l.status(), l.statusReason(),
                l.createdAt(), since, since == null ? null : Duration.between(since, Dates.now()).toMinutes(),
                l.version(), certificates, photos);
    }

    private static BigDecimal quantity(BigDecimal value) {
        return value.setScale(3, RoundingMode.UNNECESSARY);
    }
}
