package coop.harvest.contracts.boundary;

import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.contracts.entity.ContractStatus;
import coop.harvest.contracts.entity.PricingType;
import coop.harvest.platform.PageRequest;
import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Grade;
import coop.harvest.platform.FieldError;
import coop.harvest.platform.ProblemException;
import coop.harvest.web.PageSupport;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** {@code /buyer/contracts.xhtml}: the offer form, the buyer's offers, its proposals to answer and its contracts. */
@Named
@RequestScoped
public class BuyerContractsPage {

    static final String FORM = "offer";
    static final int SCHEDULE_ROWS = 6;

    @Inject
    ContractOffers offers;

    @Inject
    Contracts contracts;

    @Inject
    CurrentUser currentUser;

    /** One row of the schedule form. */
    public static class Row {
        private String date;
        private String percent;

        public String getDate() { return date; }
        public void setDate(String date) { this.date = date; }
        public String getPercent() { return percent; }
        public void setPercent(String percent) { this.percent = percent; }
    }

    private String product;
    private Grade minGrade = Grade.STANDARD;
    private List<Certification> certifications;
    private String totalQuantity;
    private PricingType pricingType = PricingType.FIXED;
    private String price;
    private String deliveryCounty;
    private String commitBy;
    private String description;
    private final List<Row> schedule = new ArrayList<>();
    private String reason;
    private List<OfferView> mine;
    private List<ContractView> all;

    public BuyerContractsPage() {
        for (int i = 0; i < SCHEDULE_ROWS; i++) {
            schedule.add(new Row());
        }
    }

    public String publish() {
        NewOffer request = new NewOffer();
        request.product = product;
        request.minGrade = minGrade;
        request.certifications = certifications == null || certifications.isEmpty()
                ? EnumSet.noneOf(Certification.class) : EnumSet.copyOf(certifications);
        request.totalQuantity = PageSupport.decimal(FORM, "totalQuantity", "contracts", totalQuantity);
        request.pricing = new PricingBody();
        request.pricing.type = pricingType;
        java.math.BigDecimal amount = PageSupport.decimal(FORM, "price", "contracts", price);
        if (pricingType == PricingType.FLOOR) {
            request.pricing.floorPrice = amount;
        } else {
            request.pricing.unitPrice = amount;
        }
        request.deliveryCounty = deliveryCounty;
        request.commitBy = PageSupport.date(FORM, "commitBy", "contracts", commitBy);
        request.description = description;
        request.schedule = new ArrayList<>();
        for (Row row : schedule) {
            boolean blank = (row.date == null || row.date.isBlank()) && (row.percent == null || row.percent.isBlank());
            if (blank) {
                continue;
            }
            SlotBody slot = new SlotBody();
            slot.date = PageSupport.date(FORM, "schedule", "contracts", row.date);
            try {
                slot.percent = Integer.valueOf(row.percent == null ? "" : row.percent.strip());
            } catch (NumberFormatException e) {
                PageSupport.fieldError(FORM, "schedule", PageSupport.text("contracts.error.schedule"));
            }
            request.schedule.add(slot);
        }
        required("totalQuantity", request.totalQuantity);
        required("price", amount);
        required("commitBy", request.commitBy);
        if (request.schedule.isEmpty()) {
            PageSupport.fieldError(FORM, "schedule", PageSupport.text("contracts.error.schedule"));
        }
        if (PageSupport.hasErrors()) {
            return null;
        }
        OfferView created;
        try {
            created = offers.publish(request);
        } catch (ProblemException refused) {
            // nested fields (pricing.unitPrice, schedule[2].date) are shown next to the inputs that hold them
            for (FieldError error : refused.errors()) {
                String field = error.field().startsWith("pricing") ? "price"
                        : error.field().startsWith("schedule") ? "schedule" : error.field();
                String key = "contracts.error." + field;
                String text = PageSupport.text(key);
                PageSupport.fieldError(FORM, field, text.equals(key) ? error.message() : text);
            }
            if (refused.errors().isEmpty()) {
                PageSupport.error("form.failed");
            }
            return null;
        }
        PageSupport.info("contracts.published", created.id());
        return "/buyer/contracts.xhtml?faces-redirect=true";
    }

    private static void required(String field, Object value) {
        if (value == null && !FacesContext.getCurrentInstance().getMessages(FORM + ":" + field).hasNext()) {
            PageSupport.fieldError(FORM, field, PageSupport.text("contracts.error." + field));
        }
    }

    public String withdraw(long offerId) {
        return done(PageSupport.attempt("offers", "contracts", () -> offers.withdraw(offerId)), "contracts.withdrawn");
    }

    public String accept(long contractId) {
        return done(PageSupport.attempt("proposals", "contracts", () -> contracts.accept(contractId)),
                "contracts.acceptedInfo");
    }

    public String decline(long contractId) {
        ContractReason body = new ContractReason();
        body.reason = reason;
        return done(PageSupport.attempt("proposals", "contracts", () -> contracts.decline(contractId, body)),
                "contracts.declinedInfo");
    }

    private static String done(Object result, String key) {
        if (result == null) {
            return null;
        }
        PageSupport.info(key);
        return "/buyer/contracts.xhtml?faces-redirect=true";
    }

    public List<OfferView> getMine() {
        if (mine == null) {
            mine = offers.list(null, null, currentUser.require().accountId(), PageRequest.of(0, PageRequest.MAX_SIZE))
                    .items();
        }
        return mine;
    }

    private List<ContractView> all() {
        if (all == null) {
            all = contracts.list(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        }
        return all;
    }

    public List<ContractView> getProposals() {
        return all().stream().filter(c -> c.status().equals(ContractStatus.PROPOSED.name())).toList();
    }

    public List<ContractView> getContracts() {
        return all().stream().filter(c -> !c.status().equals(ContractStatus.PROPOSED.name())).toList();
    }

    public LocalDate getToday() { return coop.harvest.platform.MarketDay.today(); }
    public Grade[] getGrades() { return Grade.values(); }
    public Certification[] getCertificationChoices() { return Certification.values(); }
    public PricingType[] getPricingTypes() { return PricingType.values(); }
    public List<Row> getSchedule() { return schedule; }
    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
    public Grade getMinGrade() { return minGrade; }
    public void setMinGrade(Grade minGrade) { this.minGrade = minGrade; }
    public List<Certification> getCertifications() { return certifications; }
    public void setCertifications(List<Certification> certifications) { this.certifications = certifications; }
    public String getTotalQuantity() { return totalQuantity; }
    public void setTotalQuantity(String totalQuantity) { this.totalQuantity = totalQuantity; }
    public PricingType getPricingType() { return pricingType; }
    public void setPricingType(PricingType pricingType) { this.pricingType = pricingType; }
    public String getPrice() { return price; }
    public void setPrice(String price) { this.price = price; }
    public String getDeliveryCounty() { return deliveryCounty; }
    public void setDeliveryCounty(String deliveryCounty) { this.deliveryCounty = deliveryCounty; }
    public String getCommitBy() { return commitBy; }
    public void setCommitBy(String commitBy) { this.commitBy = commitBy; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
