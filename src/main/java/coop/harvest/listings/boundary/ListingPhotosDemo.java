package coop.harvest.listings.boundary;

import coop.harvest.listings.control.DemoPhotoPainter;
import coop.harvest.listings.entity.Listing;
import coop.harvest.listings.entity.ListingPhoto;
import coop.harvest.media.boundary.Images;
import coop.harvest.media.boundary.StoredImage;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Demo data: every demo listing gets two or three painted photos, so the gallery shows on a first run. */
@Stateless
@PermitAll
public class ListingPhotosDemo {

    @PersistenceContext
    EntityManager em;

    @Inject
    Images images;

    /** Gives each listing without photos its painted ones (called by demo.DemoData after the listings exist). */
    public void load() {
        for (Listing listing : em.createQuery("SELECT l FROM Listing l ORDER BY l.id", Listing.class)
                .getResultList()) {
            long count = em.createQuery("SELECT COUNT(p) FROM ListingPhoto p WHERE p.listingId = :l", Long.class)
                    .setParameter("l", listing.getId()).getSingleResult();
            if (count > 0) {
                continue;
            }
            int photos = 2 + (int) (listing.getId() % 2);
            for (int n = 1; n <= photos; n++) {
                StoredImage image = images.store(DemoPhotoPainter.paint(listing.getProduct(), listing.getId() * 10 + n),
                        "image/jpeg", ListingPhotos.MAX_PHOTO_BYTES);
                em.persist(new ListingPhoto(listing.getId(), n, image.id(), image.etag()));
            }
        }
    }
}
