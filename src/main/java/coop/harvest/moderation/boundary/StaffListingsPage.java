package coop.harvest.moderation.boundary;

import coop.harvest.listings.boundary.ListingQuery;
import coop.harvest.listings.boundary.ListingView;
import coop.harvest.listings.boundary.ListingQueries;
import coop.harvest.listings.boundary.ListingStatus;
import coop.harvest.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Every listing as staff see it ({@code /staff/listings.xhtml}), searchable and paged in the database, with the
 * decisions that take a listing off the market (suspend, with a reason the cooperative reads) and put it back.
 */
@Named
@ViewScoped
public class StaffListingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ListingQueries listings;

    @Inject
    transient Moderation moderation;

    @Inject
    transient StaffFormat format;

    private String q;
    private ListingStatus status;
    private final PagedModel<ListingView> rows = new PagedModel<>((page, sort) -> listings.search(
            new ListingQuery(null, null, Set.of(), null, null, blankToNull(q), null, status,
                    PagedModel.sortedBy(sort, "unitPrice") ? ListingQuery.Sort.PRICE : ListingQuery.Sort.NEWEST),
            page), ListingView::id);
    private Long suspending;
    private String suspendingLabel;
    private String reason;

    public void startSuspend(ListingView listing) {
        suspending = listing.id();
        suspendingLabel = listing.id() + " · " + format.product(listing.product()) + " · "
                + listing.cooperative().name();
        reason = null;
    }

    public void suspend() {
        if (suspending == null) {
            return;
        }
        String given = StaffDecision.requireReason(reason, "suspend", "reason", "staff.suspend.reasonRequired");
        if (given == null) {
            return;
        }
        long id = suspending;
        StaffDecision.run(() -> moderation.suspendListing(id, new ReasonBody(given)), "staff.done.listingSuspended", id);
        suspending = null;
    }

    public void reinstate(long id) {
        StaffDecision.run(() -> moderation.reinstateListing(id), "staff.done.listingReinstated", id);
    }

    public boolean canSuspend(ListingView listing) {
        return listing.status() == ListingStatus.ACTIVE || listing.status() == ListingStatus.SOLD_OUT;
    }

    public List<ListingStatus> getStatuses() {
        return List.of(ListingStatus.values());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public PagedModel<ListingView> getRows() { return rows; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public ListingStatus getStatus() { return status; }
    public void setStatus(ListingStatus status) { this.status = status; }
    public String getSuspendingLabel() { return suspendingLabel; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
