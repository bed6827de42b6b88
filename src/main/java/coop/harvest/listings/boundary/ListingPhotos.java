package coop.harvest.listings.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.listings.entity.Listing;
import coop.harvest.listings.entity.ListingPhoto;
import coop.harvest.media.boundary.ImageFile;
import coop.harvest.media.boundary.ImageVariant;
import coop.harvest.media.boundary.Images;
import coop.harvest.media.boundary.PreparedImage;
import coop.harvest.media.boundary.StoredImage;
import coop.harvest.platform.BodySizeLimit;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Up to six photos per listing: the owner puts and deletes them, whoever may see the listing fetches them. */
@Stateless
@PermitAll
public class ListingPhotos {

    public static final long MAX_PHOTO_BYTES = BodySizeLimit.MAX_UPLOAD_BYTES;
    public static final int MAX_PHOTOS = 6;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ListingReads reads;

    @Inject
    Images images;

    /** Checks that the caller may change photo n of the listing, before any body is read (401, 403, 404). */
    public void checkOwner(long listingId, int n) {
        Caller caller = currentUser.require();
        reads.get(listingId);
        if (n < 1 || n > MAX_PHOTOS) {
            throw ProblemException.notFound("Photo " + n + " (a listing has photos 1 to " + MAX_PHOTOS + ")");
        }
        Listing listing = em.find(Listing.class, listingId);
        if (!caller.ownsCooperative(listing.getCooperativeId())) {
            throw ProblemException.forbidden("Only the cooperative that offers this listing changes its photos");
        }
    }

    /**
     * Checks and re-encodes an upload for {@link #put}: JPEG or PNG, at most 8 MiB, metadata dropped. Outside any
     * transaction (decoding a camera picture takes a while and may wait for its turn), after {@link #checkOwner}.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PreparedImage prepare(byte[] bytes, String mediaType) {
        return images.prepare(bytes, mediaType, MAX_PHOTO_BYTES);
    }

    /** Stores photo n (replacing an earlier one) from an image {@link #prepare}d before. */
    public void put(long listingId, int n, PreparedImage prepared) {
        checkOwner(listingId, n);
        StoredImage image = images.store(prepared);
        em.find(Listing.class, listingId, LockModeType.PESSIMISTIC_WRITE);
        ListingPhoto photo = em.find(ListingPhoto.class, new ListingPhoto.Key(listingId, n));
        if (photo == null) {
            em.persist(new ListingPhoto(listingId, n, image.id(), image.etag()));
        } else {
            photo.replace(image.id(), image.etag());
        }
    }

    /** Removes photo n; 404 when there is none. */
    public void delete(long listingId, int n) {
        checkOwner(listingId, n);
        ListingPhoto photo = em.find(ListingPhoto.class, new ListingPhoto.Key(listingId, n));
        if (photo == null) {
            throw ProblemException.notFound("Photo " + n + " of listing " + listingId);
        }
        em.remove(photo);
    }

    /**
     * Makes photo n the cover (photo 1, which search results and the home page show): photo n and photo 1 swap their
     * images, or photo n becomes photo 1 when there is none; 404 when photo n does not exist.
     */
    public void makeCover(long listingId, int n) {
        checkOwner(listingId, n);
        em.find(Listing.class, listingId, LockModeType.PESSIMISTIC_WRITE);
        ListingPhoto chosen = em.find(ListingPhoto.class, new ListingPhoto.Key(listingId, n));
        if (chosen == null) {
            throw ProblemException.notFound("Photo " + n + " of listing " + listingId);
        }
        if (n == 1) {
            return;
        }
        ListingPhoto cover = em.find(ListingPhoto.class, new ListingPhoto.Key(listingId, 1));
        long imageId = chosen.getImageId();
        String etag = chosen.getEtag();
        if (cover == null) {
            em.remove(chosen);
            em.flush();
            em.persist(new ListingPhoto(listingId, 1, imageId, etag));
        } else {
            chosen.replace(cover.getImageId(), cover.getEtag());
            cover.replace(imageId, etag);
        }
    }

    /** The file of photo n, to whoever may see the listing. */
    public ImageFile photo(long listingId, int n, ImageVariant variant) {
        reads.get(listingId);
        ListingPhoto photo = n < 1 || n > MAX_PHOTOS ? null
                : em.find(ListingPhoto.class, new ListingPhoto.Key(listingId, n));
        if (photo == null) {
            throw ProblemException.notFound("Photo " + n + " of listing " + listingId);
        }
        return images.open(photo.getImageId(), variant)
                .orElseThrow(() -> ProblemException.notFound("Photo " + n + " of listing " + listingId));
    }

    /** The photos of a listing for its views, by number. */
    public List<ListingPhotoView> views(long listingId) {
        return em.createQuery("SELECT p FROM ListingPhoto p WHERE p.listingId = :l ORDER BY p.n", ListingPhoto.class)
                .setParameter("l", listingId).getResultList().stream().map(ListingPhotos::view).toList();
    }

    /** The photos of several listings (a page of search results) in one query, by listing, each by number. */
    public Map<Long, List<ListingPhotoView>> views(Collection<Long> listingIds) {
        Map<Long, List<ListingPhotoView>> byListing = new HashMap<>();
        if (!listingIds.isEmpty()) {
            em.createQuery("SELECT p FROM ListingPhoto p WHERE p.listingId IN :ids ORDER BY p.listingId, p.n",
                            ListingPhoto.class).setParameter("ids", Set.copyOf(listingIds)).getResultList()
                    .forEach(p -> byListing.computeIfAbsent(p.getListingId(), k -> new ArrayList<>()).add(view(p)));
        }
        return byListing;
    }

    private static ListingPhotoView view(ListingPhoto p) {
        String url = "/api/listings/" + p.getListingId() + "/photos/" + p.getN();
        return new ListingPhotoView(p.getN(), url, url + "/thumb");
    }
}
