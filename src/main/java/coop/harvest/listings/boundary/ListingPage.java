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

    private boolean loaded;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            // a post from a form on the page (ordering, reporting) carries the id as a plain field
            id = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap().get("id");
        }
        try {
            long key = Long.parseLong(id == null ? "" : id.strip());
            listing = listings.get(key);
            statusReason = listings.statusReason(key).orElse(null);
        } catch (NumberFormatException | ProblemException missing) {
            PageSupport.notFound();
        }
    }

    public ListingView getListing() {
        load();
        return listing;
    }
    public String getStatusReason() { return statusReason; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
