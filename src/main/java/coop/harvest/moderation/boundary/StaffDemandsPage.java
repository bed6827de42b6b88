package coop.harvest.moderation.boundary;

import coop.harvest.demands.boundary.DemandView;
import coop.harvest.demands.boundary.Demands;
import coop.harvest.demands.boundary.DemandStatus;
import coop.harvest.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Every demand as staff see it ({@code /staff/demands.xhtml}), newest first and paged in the database, with removal
 * (a reason is required: the buyer reads it; orders made already stay).
 */
@Named
@ViewScoped
public class StaffDemandsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Demands demands;

    @Inject
    transient Moderation moderation;

    @Inject
    transient StaffFormat format;

    private DemandStatus status;
    private final PagedModel<DemandView> rows =
            new PagedModel<>((page, sort) -> demands.list(null, status, false, page), DemandView::id);
    private Long removing;
    private String removingLabel;
    private String reason;

    public void startRemove(DemandView demand) {
        removing = demand.id();
        removingLabel = demand.id() + " · " + format.product(demand.product()) + " · " + demand.buyer().name();
        reason = null;
    }

    public void remove() {
        if (removing == null) {
            return;
        }
        String given = StaffDecision.requireReason(reason, "remove", "reason", "staff.remove.reasonRequired");
        if (given == null) {
            return;
        }
        long id = removing;
        StaffDecision.run(() -> moderation.removeDemand(id, new ReasonBody(given)), "staff.done.demandRemoved", id);
        removing = null;
    }

    public boolean canRemove(DemandView demand) {
        return demand.status() == DemandStatus.OPEN || demand.status() == DemandStatus.PARTIALLY_FILLED;
    }

    public List<DemandStatus> getStatuses() {
        return List.of(DemandStatus.values());
    }

    public PagedModel<DemandView> getRows() { return rows; }
    public DemandStatus getStatus() { return status; }
    public void setStatus(DemandStatus status) { this.status = status; }
    public String getRemovingLabel() { return removingLabel; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
