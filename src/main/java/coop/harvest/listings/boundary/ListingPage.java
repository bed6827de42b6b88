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

    public void load() {
        try {
            long key = Long.parseLong(id == null ? "" : id.strip());
            listing = listings.get(key);
            statusReason = listings.statusReason(key).orElse(null);
        } catch (NumberFormatException | ProblemException missing) {
            PageSupport.notFound();
        }
    }

    public ListingView getListing() { return listing; }
    public String getStatusReason() { return statusReason; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
