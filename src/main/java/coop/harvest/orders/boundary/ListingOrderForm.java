package coop.harvest.orders.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.moderation.boundary.Reports;
import coop.harvest.listings.boundary.ListingView;
import coop.harvest.platform.FieldError;
import coop.harvest.platform.ProblemException;
import coop.harvest.platform.TransientRetry;
import coop.harvest.web.PageSupport;
import coop.harvest.web.Texts;
import jakarta.ejb.EJBException;
import java.math.RoundingMode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;

/**
 * The order and report forms of {@code /listing.xhtml}: a signed-in buyer orders there (quantity, delivery address
 * prefilled from its default, note) and lands on the new order's page; anyone signed in reports the listing to the
 * bureau. Both post back to the stateless listing page, which reads the listing's id from the posted field.
 */
@Named("listingOrder")
@RequestScoped
public class ListingOrderForm {

    static final String FORM = "order";

    @Inject
    BuyerLocks buyerLocks;

    @Inject
    Orders orders;

    @Inject
    Reports reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    PartyDirectory parties;

    @Inject
    coop.harvest.listings.boundary.ListingPage listingPage;

    private String quantity;
    private String deliveryAddress;
    private String note;
    private String reportReason;

    /** Places the order; on success the order's page, otherwise the listing page again with the errors by the fields. */
    public String place() {
        ListingView listing = listingPage.getListing();
        BigDecimal amount = parse(quantity);
        boolean valid = amount != null;
        if (!valid) {
            refuse("quantity", "order.error.quantity");
        }
        if (deliveryAddress != null && deliveryAddress.strip().length() > 300) {
            valid = refuse("deliveryAddress", "order.error.deliveryAddress");
        }
        if (note != null && note.strip().length() > 500) {
            valid = refuse("note", "order.error.note");
        }
        if (!valid || listing == null) {
            return null;
        }
        NewOrder request = new NewOrder();
        request.listingId = listing.id();
        request.quantity = amount;
        request.deliveryAddress = deliveryAddress;
        request.note = note;
        currentUser.caller().ifPresent(c -> buyerLocks.ensure(c.accountId()));
        try {
            OrderView placed = TransientRetry.run(() -> orders.place(request));
            return "/order.xhtml?faces-redirect=true&id=" + placed.id();
        } catch (ProblemException refused) {
            if (refused.errors().isEmpty()) {
                refuse("quantity", "order.error.status." + refused.status());
            }
            for (FieldError error : refused.errors()) {
                String field = "deliveryAddress".equals(error.field()) || "note".equals(error.field())
                        ? error.field() : "quantity";
                refuse(field, "order.error." + field);
            }
        } catch (EJBException failed) {
            refuse("quantity", "form.failed");
        }
        return null;
    }

    /** Sends the report to the bureau's queue (one per account and listing). */
    public void report() {
        ListingView listing = listingPage.getListing();
        if (listing == null) {
            return;
        }
        try {
            reports.fileAboutListing(listing.id(), reportReason);
            reportReason = null;
            PageSupport.info("listing.report.done");
        } catch (ProblemException refused) {
            String field = refused.errors().stream().map(FieldError::field).findFirst().orElse("reason");
            error("report", "reason", "targetId".equals(field) ? "report.error.targetId" : "report.error.reason");
        } catch (EJBException failed) {
            error("report", "reason", "form.failed");
        }
    }

    /** The total before submitting: the quantity shown in the form times the price (the page's script follows typing). */
    public BigDecimal estimate(BigDecimal unitPrice) {
        BigDecimal amount = parse(getQuantity());
        return amount == null || unitPrice == null ? BigDecimal.ZERO
                : amount.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(",", ""));
            return value.signum() > 0 && value.scale() <= 3 && value.precision() - value.scale() <= 10 ? value : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static boolean refuse(String field, String key) {
        error(FORM, field, key);
        return false;
    }

    private static void error(String form, String field, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Texts.get(faces, key);
        PageSupport.fieldError(form, field, text.equals(key) ? Texts.get(faces, "form.failed") : text);
        faces.validationFailed();
    }

    /** What the buyer typed, or the listing's minimum order before it typed anything. */
    public String getQuantity() {
        if (quantity == null && !FacesContext.getCurrentInstance().isPostback() && listingPage.getListing() != null) {
            quantity = PageSupport.plain(listingPage.getListing().minOrderQuantity());
        }
        return quantity;
    }

    public void setQuantity(String quantity) { this.quantity = quantity; }

    /** What the buyer typed, or its default delivery address before it typed anything. */
    public String getDeliveryAddress() {
        if (deliveryAddress == null && !FacesContext.getCurrentInstance().isPostback()) {
            deliveryAddress = currentUser.caller().filter(Caller::isBuyer)
                    .flatMap(c -> parties.deliveryAddress(c.accountId())).orElse(null);
        }
        return deliveryAddress;
    }

    public void setDeliveryAddress(String deliveryAddress) { this.deliveryAddress = deliveryAddress; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getReportReason() { return reportReason; }
    public void setReportReason(String reportReason) { this.reportReason = reportReason; }

}
