package coop.harvest.contracts.boundary;

import coop.harvest.contracts.entity.OfferStatus;
import coop.harvest.platform.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /contracts.xhtml}: the open contract offers cooperatives browse, filtered by product. */
@Named
@RequestScoped
public class OpenOffersPage {

    @Inject
    ContractOffers offers;

    private String product;
    private List<OfferView> open;

    public List<OfferView> getOpen() {
        if (open == null) {
            String code = product == null || product.isBlank() ? null : product.strip();
            open = offers.list(code, OfferStatus.OPEN, null, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        }
        return open;
    }

    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
}
