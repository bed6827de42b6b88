package coop.harvest.listings.boundary;

import coop.harvest.platform.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import coop.harvest.web.PageSupport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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

    private boolean loaded;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (id == null) {
            // a post from a form on the page (ordering, reporting) carries the id as a plain field
            id = faces.getExternalContext().getRequestParameterMap().get("id");
        }
        if (id == null && faces.isPostback()) {
            // the layout's language and theme switches post without it, and redirect back to this listing
            return;
        }
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
        ListingView shown = getListing();
        if (shown == null || shown.photos().isEmpty()) {
            return null;
        }
        return shown.photos().stream().filter(p -> String.valueOf(p.n()).equals(photo)).findFirst()
                .orElse(shown.photos().get(0));
    }

    /** The sign-in page, coming back to this listing afterwards. */
    public String getLoginLink() {
        return "/login.xhtml?next=" + URLEncoder.encode("/listing.xhtml?id=" + (listing == null ? "" : listing.id()),
                StandardCharsets.UTF_8);
    }

    public ListingView getListing() {
        load();
        return listing;
    }

    public String getPhoto() { return photo; }
    public void setPhoto(String photo) { this.photo = photo; }
    public String getStatusReason() { return statusReason; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
