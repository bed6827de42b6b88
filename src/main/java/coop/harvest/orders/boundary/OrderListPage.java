package coop.harvest.orders.boundary;

import coop.harvest.orders.control.OrderAction;
import coop.harvest.orders.entity.OrderStatus;
import coop.harvest.platform.ProblemException;
import coop.harvest.platform.TransientRetry;
import coop.harvest.web.PageSupport;
import coop.harvest.web.PagedModel;
import coop.harvest.web.Texts;
import jakarta.ejb.EJBException;
import java.util.List;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The order lists of /coop/orders.xhtml (orders on the cooperative's listings) and /buyer/orders.xhtml (the buyer's
 * orders) as a lazy table paged in the database, with the actions each party may take. Declining, cancelling and
 * disputing ask for a reason in a dialog first. Orders decides who may do what; this bean only reports the outcome.
 */
@Named
@ViewScoped
public class OrderListPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DIALOG_FORM = "orderReason";

    @Inject
    transient Orders orders;

    @Inject
    transient OrderFormat format;

    private final PagedModel<OrderView> rows = new PagedModel<>((page, sort) -> orders.list(null, page), OrderView::id);
    private Long pendingId;
    private OrderAction pendingAction;
    private String reason;
    private Long declineAllOf;

    public PagedModel<OrderView> getRows() {
        return rows;
    }

    public boolean can(OrderView order, String action) {
        return OrderAction.valueOf(action).allowedFrom(OrderStatus.valueOf(order.status()));
    }

    public void confirm(long id) {
        act(id, OrderAction.CONFIRM, null, false);
    }

    public void ship(long id) {
        act(id, OrderAction.SHIP, null, false);
    }

    public void receive(long id) {
        act(id, OrderAction.RECEIVE, null, false);
    }

    /** Opens the reason dialog for declining, cancelling or disputing one order. */
    public void ask(long id, String action) {
        pendingId = id;
        pendingAction = OrderAction.valueOf(action);
        reason = null;
        declineAllOf = null;
    }

    /** Opens the reason dialog for declining every pending order of this order's buyer at once. */
    public void askDeclineAll(OrderView order) {
        ask(order.id(), "DECLINE");
        declineAllOf = order.buyer().id();
    }

    /** The dialog's confirm button: takes the pending action with the reason given. */
    public void actWithReason() {
        if (pendingId == null || pendingAction == null) {
            return;
        }
        if (declineAllOf != null) {
            declineAll();
            return;
        }
        if (act(pendingId, pendingAction, reason, true)) {
            pendingId = null;
            pendingAction = null;
        }
    }

    /** True when done or refused for good; false (dialog stays open) when the reason was not acceptable. */
    private boolean act(long id, OrderAction action, String given, boolean fromDialog) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            TransientRetry.run(() -> orders.act(id, action, given));
            PageSupport.info("order.done." + action.name(), String.valueOf(id));
        } catch (ProblemException refused) {
            if (refused.status() == 422 && fromDialog) {
                PageSupport.fieldError(DIALOG_FORM, "reason", Texts.get(faces, "order.error.reason"));
                faces.validationFailed();
                return false;
            }
            PageSupport.error(refused.status() == 422 ? "order.error.reason"
                    : refused.status() == 409 ? "order.error.state" : "order.error.other");
        } catch (EJBException refused) {
            PageSupport.error("order.error.other");
        }
        return true;
    }

    private void declineAll() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            List<Long> declined = orders.declinePendingOf(declineAllOf, reason);
            PageSupport.info("order.done.DECLINE_ALL", String.valueOf(declined.size()));
            pendingId = null;
            pendingAction = null;
            declineAllOf = null;
        } catch (ProblemException refused) {
            if (refused.status() == 422) {
                PageSupport.fieldError(DIALOG_FORM, "reason", Texts.get(faces, "order.error.reason"));
                faces.validationFailed();
            } else {
                PageSupport.error("order.error.other");
            }
        } catch (EJBException refused) {
            PageSupport.error("order.error.other");
        }
    }

    public String getPendingTitle() {
        if (declineAllOf != null) {
            return Texts.get(FacesContext.getCurrentInstance(), "order.dialog.DECLINE_ALL");
        }
        return pendingAction == null ? "" : Texts.get(FacesContext.getCurrentInstance(),
                "order.dialog." + pendingAction.name(), String.valueOf(pendingId));
    }

    public String getPendingButton() {
        return pendingAction == null ? "" : Texts.get(FacesContext.getCurrentInstance(),
                "order.action." + pendingAction.name().toLowerCase(java.util.Locale.ROOT));
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }

    public String when(java.time.Instant at) {
        return format.when(at);
    }

    public String productName(String code) {
        return format.productName(code);
    }
}
