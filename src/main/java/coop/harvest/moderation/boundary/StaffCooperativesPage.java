package coop.harvest.moderation.boundary;

import coop.harvest.accounts.boundary.CooperativeDirectory;
import coop.harvest.accounts.boundary.CooperativeView;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import coop.harvest.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Every cooperative as staff see it ({@code /staff/cooperatives.xhtml}), paged in the database, with suspending
 * (a reason is required: the cooperative reads it, and its pending orders are cancelled) and reinstating.
 */
@Named
@ViewScoped
public class StaffCooperativesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CooperativeDirectory directory;

    @Inject
    transient Moderation moderation;

    private Boolean verified;
    private Long cooperativeId;
    private final PagedModel<CooperativeView> rows = new PagedModel<>((page, sort) -> cooperativeId == null
            ? directory.list(null, verified, page) : one(page), CooperativeView::id);
    private Long suspending;
    private String suspendingLabel;
    private String reason;

    public void startSuspend(CooperativeView cooperative) {
        suspending = cooperative.id();
        suspendingLabel = cooperative.id() + " · " + cooperative.name() + " · " + cooperative.county();
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
        StaffDecision.run(() -> moderation.suspendCooperative(id, new ReasonBody(given)),
                "staff.done.cooperativeSuspended", id);
        suspending = null;
    }

    public void reinstate(long id) {
        StaffDecision.run(() -> moderation.reinstateCooperative(id), "staff.done.cooperativeReinstated", id);
    }

    /** The one cooperative asked for by number (from a listing's row, say), or an empty page when unknown. */
    private Page<CooperativeView> one(PageRequest page) {
        try {
            CooperativeView found = directory.get(cooperativeId);
            return page.page(page.page() == 0 ? List.of(found) : List.of(), 1);
        } catch (ProblemException unknown) {
            return page.page(List.of(), 0);
        }
    }

    public boolean isSuspended(CooperativeView cooperative) {
        return Boolean.TRUE.equals(cooperative.suspended());
    }

    public PagedModel<CooperativeView> getRows() { return rows; }
    public Boolean getVerified() { return verified; }
    public void setVerified(Boolean verified) { this.verified = verified; }
    public Long getCooperativeId() { return cooperativeId; }
    public void setCooperativeId(Long cooperativeId) { this.cooperativeId = cooperativeId; }
    public String getSuspendingLabel() { return suspendingLabel; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
