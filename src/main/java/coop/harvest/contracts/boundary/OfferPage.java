package coop.harvest.contracts.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.platform.ProblemException;
import coop.harvest.web.PageSupport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /contract-offer.xhtml?id=}: one offer with its schedule, and the commit form for a verified cooperative.
 * The page is stateless; the form carries the offer's id as the {@code id} request parameter.
 */
@Named
@RequestScoped
public class OfferPage {

    static final String FORM = "commit";

    @Inject
    ContractOffers offers;

    @Inject
    CurrentUser currentUser;

    @Inject
    PartyDirectory parties;

    private String id;
    private OfferView offer;
    private String quantity;
    private String acreage;

    public void load() {
        if (getOffer() == null) {
            PageSupport.notFound();
        }
    }

    /** Whether the caller is a verified cooperative in good standing (who may commit). */
    public boolean isMayCommit() {
        return currentUser.caller().filter(Caller::isCooperative).map(Caller::cooperativeId)
                .flatMap(parties::cooperative).map(c -> c.verified() && !c.suspended()).orElse(false);
    }

    public boolean isCooperative() {
        return currentUser.caller().map(Caller::isCooperative).orElse(false);
    }

    public String commit() {
        if (getOffer() == null) {
            return null;
        }
        CommitmentBody body = new CommitmentBody();
        body.quantity = PageSupport.decimal(FORM, "quantity", "contracts", quantity);
        body.acreage = PageSupport.decimal(FORM, "acreage", "contracts", acreage);
        if (body.quantity == null && !PageSupport.hasErrors()) {
            PageSupport.fieldError(FORM, "quantity", PageSupport.text("contracts.error.quantity"));
        }
        if (PageSupport.hasErrors()) {
            return null;
        }
        long offerId = offer.id();
        ContractView created = PageSupport.attempt(FORM, "contracts", () -> offers.commit(offerId, body));
        if (created == null) {
            return null;
        }
        PageSupport.info("contracts.committed", created.id());
        return "/coop/contracts.xhtml?faces-redirect=true";
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    /**
     * The offer, read on first use: on the commit form's postback the page is rebuilt (it is stateless) and the form's
     * rendered condition needs the offer while the request is decoded, before the view parameter is set.
     */
    public OfferView getOffer() {
        if (offer == null) {
            String key = id != null ? id : FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap().get("id");
            try {
                offer = offers.get(Long.parseLong(key == null ? "" : key.strip()));
            } catch (NumberFormatException | ProblemException unknown) {
                return null;
            }
        }
        return offer;
    }
    public String getQuantity() { return quantity; }
    public void setQuantity(String quantity) { this.quantity = quantity; }
    public String getAcreage() { return acreage; }
    public void setAcreage(String acreage) { this.acreage = acreage; }
}
