package coop.harvest.listings.boundary;

import coop.harvest.audit.boundary.AuditLog;
import coop.harvest.certificates.boundary.CertificateLapsed;
import coop.harvest.certificates.boundary.Certificates;
import coop.harvest.listings.entity.Listing;
import coop.harvest.notifications.boundary.Notifier;
import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Certifications;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * When a certificate is revoked or expires, the cooperative's listings of the products it covered lose its
 * certification unless another valid certificate backs it: in the same transaction, each change audited and the owner
 * told (with the staff member's reason). Matching and search read the listing's own columns, so from then on they
 * treat the listing as without that certification.
 */
@Dependent
public class CertificateLapses {

    @PersistenceContext
    EntityManager em;

    @Inject
    Certificates certificates;

    @Inject
    Notifier notifier;

    @Inject
    AuditLog audit;

    void lapsed(@Observes CertificateLapsed lapse) {
        Certification type = Certification.valueOf(lapse.type());
        List<Listing> listings = em.createQuery("SELECT l FROM Listing l WHERE l.cooperativeId = :coop "
                        + "AND l.product IN :products ORDER BY l.id", Listing.class)
                .setParameter("coop", lapse.cooperativeId()).setParameter("products", lapse.products())
                .getResultList();
        for (Listing listing : listings) {
            if (!listing.getCertifications().has(type)) {
                continue;
            }
            if (certificates.unbacked(lapse.cooperativeId(), listing.getProduct(), Set.of(type)).isEmpty()) {
                continue;
            }
            em.lock(listing, LockModeType.PESSIMISTIC_WRITE);
            Set<Certification> kept = EnumSet.noneOf(Certification.class);
            kept.addAll(listing.getCertifications().asSet());
            kept.remove(type);
            listing.replaceCertifications(Certifications.of(kept));
            audit.record(lapse.actor(), "LISTING_CERTIFICATION_REMOVED", "LISTING", listing.getId(),
                    type + ": " + lapse.reason());
            notifier.notifyCooperative(lapse.cooperativeId(), "LISTING_CERTIFICATION_REMOVED",
                    "certificates.listing.stripped", new Object[]{listing.getId(), Notifier.certification(type.name()), lapse.reason()},
                    "/listing.xhtml?id=" + listing.getId());
        }
        em.flush();
    }
}
