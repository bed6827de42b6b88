package coop.harvest.listings.boundary;

import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Grade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A listing as the API and pages show it; the description is plain text that every page escapes. */
public record ListingView(long id, CooperativeRef cooperative, String product, Grade grade,
                          List<Certification> certifications, BigDecimal quantity, BigDecimal available,
                          BigDecimal minOrderQuantity, BigDecimal unitPrice, String county, LocalDate availableFrom,
                          LocalDate availableUntil, String description, ListingStatus status, Instant createdAt,
                          long version, List<coop.harvest.certificates.boundary.CertificateRef> certificates,
                          List<ListingPhotoView> photos) {

    /**
     * Consistent with {@code equals} (equal views have the same id and version) and cheap: JSON-B hashes every object
     * it writes (see {@link coop.harvest.platform.Page#hashCode}), and the generated hash code walks the photos,
     * certificates and description.
     */
    @Override
    public int hashCode() {
        return Long.hashCode(id) * 31 + Long.hashCode(version);
    }

    /** The offering cooperative, as the public sees it. */
    public record CooperativeRef(long id, String name, boolean verified) {
    }
}
