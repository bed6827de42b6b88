package coop.harvest.moderation.boundary;

import coop.harvest.moderation.control.Reasons;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.web.PageSupport;
import coop.harvest.web.PagedModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The bureau desk ({@code /staff/}): the three queues as paged tables (paged in the database) with their counts, and
 * the decisions on them. Rejecting and resolving open a dialog for the chosen item, so the reason field has a fixed
 * id, a label and its error beside it.
 */
@Named
@ViewScoped
public class StaffDeskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ModerationQueue queue;

    @Inject
    transient Moderation moderation;

    @Inject
    transient Reports reports;

    @Inject
    transient StaffFormat format;

    private final PagedModel<ModeratedListing> listings =
            new PagedModel<>((page, sort) -> queue.pendingListings(page), ModeratedListing::id);
    private final PagedModel<PendingCooperative> cooperatives =
            new PagedModel<>((page, sort) -> queue.pendingCooperatives(page), PendingCooperative::id);
    private final PagedModel<ReportView> openReports =
            new PagedModel<>((page, sort) -> queue.openReports(page), ReportView::id);
    private transient QueueView.Counts counts;
    private Long rejecting;
    private String rejectingLabel;
    private Long resolving;
    private String resolvingLabel;
    private String reason;
    private String note;

    public QueueView.Counts getCounts() {
        if (counts == null) {
            counts = queue.counts();
        }
        return counts;
    }

    public void approve(long listingId) {
        decided(StaffDecision.run(() -> moderation.approveListing(listingId), "staff.done.approved", listingId));
    }

    public void startReject(ModeratedListing listing) {
        rejecting = listing.id();
        rejectingLabel = listing.id() + " · " + format.product(listing.product()) + " · "
                + listing.cooperative().name();
        reason = null;
    }

    public void reject() {
        if (rejecting == null) {
            return;
        }
        String given = StaffDecision.requireReason(reason, "reject", "reason", "staff.reject.reasonRequired");
        if (given == null) {
            return;
        }
        long id = rejecting;
        decided(StaffDecision.run(() -> moderation.rejectListing(id, new ReasonBody(given)), "staff.done.rejected", id));
        rejecting = null;
    }

    public void verify(long cooperativeId) {
        decided(StaffDecision.run(() -> moderation.verifyCooperative(cooperativeId), "staff.done.verified",
                cooperativeId));
    }

    public void startResolve(ReportView report) {
        resolving = report.id();
        resolvingLabel = PageSupport.text("staff.report.target." + report.targetType().name()) + " "
                + report.targetId() + " · " + report.reason();
        note = null;
    }

    public void resolve() {
        if (resolving == null) {
            return;
        }
        if (note != null && note.strip().length() > Reasons.MAX_LENGTH) {
            PageSupport.fieldError("resolve", "note", PageSupport.text("staff.resolve.noteTooLong"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        long id = resolving;
        decided(StaffDecision.run(() -> reports.resolve(id, new ResolveBody(note)), "staff.done.resolved", id));
        resolving = null;
    }

    /** Whatever the outcome, the counts are read again: someone else may have decided meanwhile. */
    private void decided(boolean taken) {
        counts = null;
    }

    public PagedModel<ModeratedListing> getListings() { return listings; }
    public PagedModel<PendingCooperative> getCooperatives() { return cooperatives; }
    public PagedModel<ReportView> getReports() { return openReports; }
    public StaffFormat getFormat() { return format; }
    public Long getRejecting() { return rejecting; }
    public String getRejectingLabel() { return rejectingLabel; }
    public Long getResolving() { return resolving; }
    public String getResolvingLabel() { return resolvingLabel; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
