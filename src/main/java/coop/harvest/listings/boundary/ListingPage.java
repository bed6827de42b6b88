package coop.harvest.listings.boundary;

import coop.harvest.platform.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import coop.harvest.web.PageSupport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /listing.xhtml?id=}: one listing, or 404 when it is unknown or hidden from this visitor. */
@Named
@RequestScoped
public class ListingPage {

    @Inject
    ListingReads listings;

    private String id;
    private ListingView listing;
    private String statusReason;
    private String photo;

    public void load() {
        try {
            long key = Long.parseLong(id == null ? "" : id.strip());
            listing = listings.get(key);
            statusReason = listings.statusReason(key).orElse(null);
        } catch (NumberFormatException | ProblemException missing) {
            PageSupport.notFound();
        }
    }

    /** The photo the gallery shows large: the one chosen by {@code &photo=n}, else the cover (the first). */
    public ListingPhotoView getMainPhoto() {
        if (listing == null || listing.photos().isEmpty()) {
            return null;
        }
        return listing.photos().stream().filter(p -> String.valueOf(p.n()).equals(photo)).findFirst()
                .orElse(listing.photos().get(0));
    }

    public ListingView getListing() { return listing; }
    public String getPhoto() { return photo; }
    public void setPhoto(String photo) { this.photo = photo; }
    public String getStatusReason() { return statusReason; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
