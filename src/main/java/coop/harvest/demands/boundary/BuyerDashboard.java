package coop.harvest.demands.boundary;

import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Grade;
import coop.harvest.web.PageSupport;
import coop.harvest.demands.control.DemandRules;
import coop.harvest.platform.MarketDay;
import coop.harvest.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** The buyer's dashboard: its demands in every status, the post-demand form, and cancelling. */
@Named
@ViewScoped
public class BuyerDashboard implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "demandForm";

    @Inject
    transient Demands demands;

    private final PagedModel<DemandView> mine =
            new PagedModel<>((page, sort) -> demands.list(null, null, true, page), DemandView::id);
    private String product = "kiwi";
    private String minGrade = Grade.STANDARD.name();
    private List<String> certifications = new ArrayList<>();
    private String quantity;
    private String maxUnitPrice;
    private String deliveryCounty;
    /** As typed or picked (the page's pattern), read by {@link #post} with the form's other fields. */
    private String neededBy;
    private boolean allowPartial = true;

    @jakarta.annotation.PostConstruct
    void init() {
        neededBy = PageSupport.dateText(MarketDay.today().plusDays(14));
    }

    /** My demands in every status, newest first, paged in the database. */
    public PagedModel<DemandView> getMine() {
        return mine;
    }

    public String post() {
        NewDemand body = new NewDemand();
        body.product = product;
        body.minGrade = minGrade == null ? null : Grade.valueOf(minGrade);
        body.certifications = EnumSet.noneOf(Certification.class);
        certifications.forEach(c -> body.certifications.add(Certification.valueOf(c)));
        body.quantity = PageSupport.decimal(FORM, "quantity", "demand", quantity);
        body.maxUnitPrice = PageSupport.decimal(FORM, "maxUnitPrice", "demand", maxUnitPrice);
        body.deliveryCounty = deliveryCounty;
        body.neededBy = PageSupport.pickedDate(FORM, "neededBy", neededBy);
        body.allowPartial = allowPartial;
        // every problem of the form in one round: what did not parse, what is missing, and the demand's rules
        if (!PageSupport.check(FORM, "demand", body,
                DemandRules.check(body.quantity, body.maxUnitPrice, body.neededBy, MarketDay.today()))) {
            return null;
        }
        if (PageSupport.attempt(FORM, "demand", () -> demands.post(body)) != null) {
            PageSupport.info("demand.posted");
            quantity = null;
            maxUnitPrice = null;
        }
        return null;
    }

    public void cancel(long id) {
        if (PageSupport.attempt(FORM, "demand", () -> demands.cancel(id)) != null) {
            PageSupport.info("demand.cancelled");
        }
    }

    public Grade[] getGrades() { return Grade.values(); }
    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
    public String getMinGrade() { return minGrade; }
    public void setMinGrade(String minGrade) { this.minGrade = minGrade; }
    public List<String> getCertifications() { return certifications; }
    public void setCertifications(List<String> certifications) { this.certifications = certifications; }
    public String getQuantity() { return quantity; }
    public void setQuantity(String quantity) { this.quantity = quantity; }
    public String getMaxUnitPrice() { return maxUnitPrice; }
    public void setMaxUnitPrice(String maxUnitPrice) { this.maxUnitPrice = maxUnitPrice; }
    public String getDeliveryCounty() { return deliveryCounty; }
    public void setDeliveryCounty(String deliveryCounty) { this.deliveryCounty = deliveryCounty; }
    public String getNeededBy() { return neededBy; }
    public void setNeededBy(String neededBy) { this.neededBy = neededBy; }
    public boolean isAllowPartial() { return allowPartial; }
    public void setAllowPartial(boolean allowPartial) { this.allowPartial = allowPartial; }
}
