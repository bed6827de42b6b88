package coop.harvest.orders.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.orders.control.FulfilmentRules;
import coop.harvest.orders.control.OrderAction;
import coop.harvest.orders.entity.OrderStatus;
import coop.harvest.orders.entity.PaymentMethod;
import coop.harvest.platform.ProblemException;
import coop.harvest.platform.TransientRetry;
import coop.harvest.web.PageSupport;
import coop.harvest.web.Texts;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.function.Supplier;

/**
 * /order.xhtml?id= : one order for its buyer, its cooperative and staff, with its fulfilment (address, contact,
 * shipment, payment, review) and the actions the viewer may take. Each action posts the page back (its forms carry
 * the order's id as a plain field), then shows the order again by its address with the outcome.
 */
@Named
@RequestScoped
public class OrderPage {

    static final String FORM = "act";

    @Inject
    Orders orders;

    @Inject
    Fulfilment fulfilment;

    @Inject
    OrderFormat format;

    @Inject
    CurrentUser currentUser;

    @Inject
    PartyDirectory parties;

    private String id;
    private OrderView order;
    private boolean loaded;
    private Map<String, String> names;
    private String reason;
    private String carrier;
    private String trackingNumber;
    private String shipNote;
    private String paymentMethod;
    private String paymentReference;
    private String rating;
    private String comment;
    private String replyText;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The order, or null when the id is unknown, not the caller's, or nobody is signed in. */
    public OrderView getOrder() {
        if (!loaded) {
            loaded = true;
            String key = id != null ? id
                    : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            try {
                order = orders.get(Long.parseLong(key == null ? "" : key.strip()));
            } catch (NumberFormatException | ProblemException notShown) {
                order = null;
            }
        }
        return order;
    }

    /** Answers 404 for an order the caller may not see (the page then says so in the site's error page). */
    public void load() {
        if (getOrder() == null && currentUser.caller().isPresent()) {
            PageSupport.notFound();
        }
    }

    public boolean isBuyer() {
        return getOrder() != null && currentUser.caller()
                .map(c -> c.isBuyer() && c.accountId() == order.buyer().id()).orElse(false);
    }

    public boolean isCooperative() {
        return getOrder() != null && currentUser.caller().map(c -> c.ownsCooperative(order.cooperative().id()))
                .orElse(false);
    }

    /** Whether the viewer may take this action (CONFIRM, DECLINE, SHIP, RECEIVE, CANCEL, DISPUTE) now. */
    public boolean can(String action) {
        OrderAction a = OrderAction.valueOf(action);
        return getOrder() != null && a.allowedFrom(OrderStatus.valueOf(order.status()))
                && a.allowedFor(isBuyer(), isCooperative());
    }

    public boolean isPayable() {
        return isCooperative() && FulfilmentRules.mayRecordPayment(OrderStatus.valueOf(order.status()),
                "PAID".equals(order.payment().status()));
    }

    public boolean isReviewable() {
        return isBuyer() && FulfilmentRules.mayReview(OrderStatus.valueOf(order.status()), order.review() != null);
    }

    public boolean isReplyable() {
        return isCooperative() && FulfilmentRules.mayReply(order.review() != null,
                order.review() != null && order.review().reply() != null);
    }

    /** Whether the viewer may do anything to the order now (the actions card shows only then). */
    public boolean isAnyAction() {
        return (isBuyer() || isCooperative()) && (isPayable() || isReviewable() || isReplyable()
                || java.util.Arrays.stream(OrderAction.values()).anyMatch(a -> can(a.name())));
    }

    public PaymentMethod[] getPaymentMethods() {
        return PaymentMethod.values();
    }

    /** Who made a history entry, by display name (not the login name); the system by the word for it. */
    public String who(String username) {
        if (username == null || "system".equals(username)) {
            return PageSupport.text("order.history.system");
        }
        if (names == null) {
            names = parties.displayNames(getOrder().history().stream().map(HistoryEntry::by).toList());
        }
        return names.getOrDefault(username, username);
    }

    public String confirm() {
        return act("CONFIRM", () -> orders.act(orderId(), OrderAction.CONFIRM, null));
    }

    public String decline() {
        return withReason("DECLINE");
    }

    public String cancel() {
        return withReason("CANCEL");
    }

    public String dispute() {
        return withReason("DISPUTE");
    }

    public String receive() {
        return act("RECEIVE", () -> orders.act(orderId(), OrderAction.RECEIVE, null));
    }

    public String ship() {
        return act("SHIP", () -> orders.ship(orderId(), carrier, trackingNumber, shipNote));
    }

    public String recordPayment() {
        PaymentBody body = new PaymentBody();
        try {
            body.method = paymentMethod == null ? null : PaymentMethod.valueOf(paymentMethod);
        } catch (IllegalArgumentException unknown) {
            body.method = null;
        }
        if (body.method == null) {
            return refuse("paymentMethod", "order.error.paymentMethod");
        }
        body.reference = paymentReference;
        return act("PAID", () -> fulfilment.recordPayment(orderId(), body));
    }

    public String review() {
        ReviewBody body = new ReviewBody();
        try {
            body.rating = Integer.valueOf(rating == null ? "" : rating.strip());
        } catch (NumberFormatException none) {
            return refuse("rating", "order.error.rating");
        }
        body.comment = comment;
        return act("REVIEW", () -> fulfilment.review(orderId(), body));
    }

    public String reply() {
        if (replyText == null || replyText.isBlank()) {
            return refuse("replyText", "order.error.reply");
        }
        ReplyBody body = new ReplyBody();
        body.text = replyText;
        return act("REPLY", () -> fulfilment.reply(orderId(), body));
    }

    private String withReason(String action) {
        if (reason == null || reason.isBlank()) {
            return refuse("reason", "order.error.reason");
        }
        return act(action, () -> orders.act(orderId(), OrderAction.valueOf(action), reason));
    }

    private long orderId() {
        OrderView shown = getOrder();
        if (shown == null) {
            throw ProblemException.notFound("Order");
        }
        return shown.id();
    }

    /** Takes the action; on success shows the order again (its address) with the outcome, else the error here. */
    private String act(String done, Supplier<?> action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            TransientRetry.run(action);
            PageSupport.info("order.done." + done, String.valueOf(orderId()));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "/order.xhtml?faces-redirect=true&id=" + orderId();
        } catch (ProblemException refused) {
            String key = refused.status() == 409 ? "order.error.state"
                    : refused.status() == 422 ? "order.error.invalid" : "order.error.other";
            PageSupport.fieldError(FORM, "feedback", Texts.get(faces, key));
        } catch (EJBException failed) {
            PageSupport.fieldError(FORM, "feedback", Texts.get(faces, "order.error.other"));
        }
        faces.validationFailed();
        loaded = false;
        return null;
    }

    private String refuse(String field, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        PageSupport.fieldError(FORM, field, Texts.get(faces, key));
        faces.validationFailed();
        return null;
    }

    public String when(java.time.Instant at) {
        return format.when(at);
    }

    public String productName(String code) {
        return format.productName(code);
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getCarrier() { return carrier; }
    public void setCarrier(String carrier) { this.carrier = carrier; }
    public String getTrackingNumber() { return trackingNumber; }
    public void setTrackingNumber(String trackingNumber) { this.trackingNumber = trackingNumber; }
    public String getShipNote() { return shipNote; }
    public void setShipNote(String shipNote) { this.shipNote = shipNote; }
    public String getPaymentMethod() { return paymentMethod; }
    public void setPaymentMethod(String paymentMethod) { this.paymentMethod = paymentMethod; }
    public String getPaymentReference() { return paymentReference; }
    public void setPaymentReference(String paymentReference) { this.paymentReference = paymentReference; }
    public String getRating() { return rating; }
    public void setRating(String rating) { this.rating = rating; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getReplyText() { return replyText; }
    public void setReplyText(String replyText) { this.replyText = replyText; }
}
