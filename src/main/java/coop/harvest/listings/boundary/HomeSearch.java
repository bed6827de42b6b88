package coop.harvest.listings.boundary;

import coop.harvest.catalog.boundary.Catalog;
import coop.harvest.catalog.control.Counties;
import coop.harvest.catalog.entity.Certification;
import coop.harvest.catalog.entity.Product;
import coop.harvest.demands.boundary.DemandView;
import coop.harvest.demands.boundary.Demands;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import coop.harvest.web.Preferences;
import jakarta.enterprise.context.RequestScoped;
import coop.harvest.web.PageSupport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The market home: a GET search form (bookmarkable, no JavaScript needed) over listings, and the open demands of
 * the chosen product. Also gives every listing and demand page product and county names in the visitor's language.
 */
@Named
@RequestScoped
public class HomeSearch {

    @Inject
    Listings listings;

    @Inject
    Demands demands;

    @Inject
    Catalog catalog;

    @Inject
    Preferences preferences;

    private String product;
    private String county;
    private String certification;
    private String maxPrice;
    private String q;
    private String sort;
    private Page<ListingView> listingResults;
    private Page<DemandView> demandResults;

    public Page<ListingView> getListings() {
        if (listingResults == null) {
            listingResults = PageSupport.attempt("search", "listing", () -> listings.search(query(),
                    PageRequest.of(0, 50)));
            if (listingResults == null) {
                listingResults = new Page<>(List.of(), 0, 0, 50);
            }
        }
        return listingResults;
    }

    public Page<DemandView> getDemands() {
        if (demandResults == null) {
            String code = blank(product) ? null : product;
            demandResults = demands.list(code, null, false, PageRequest.of(0, 20));
        }
        return demandResults;
    }

    private ListingQuery query() {
        BigDecimal max = PageSupport.decimal("search", "maxPrice", "listing", maxPrice);
        Set<Certification> certifications = EnumSet.noneOf(Certification.class);
        if (!blank(certification)) {
            try {
                certifications.add(Certification.valueOf(certification));
            } catch (IllegalArgumentException ignored) {
                throw ProblemException.invalid("certification", "unknown");
            }
        }
        return new ListingQuery(blank(product) ? null : product, blank(county) ? null : county, certifications,
                null, max, q, null, null, "price".equals(sort) ? ListingQuery.Sort.PRICE : ListingQuery.Sort.NEWEST);
    }

    /** Redirects to the same page with the criteria in the address, so a search can be bookmarked and shared. */
    public String search() {
        return "/index.xhtml?faces-redirect=true&includeViewParams=true";
    }

    public List<Product> getProducts() {
        return catalog.products();
    }

    public List<Counties.County> getCounties() {
        return Counties.ALL;
    }

    public Certification[] getCertifications() {
        return Certification.values();
    }

    public String productName(String code) {
        return catalog.product(code).map(p -> p.name(preferences.getLanguage())).orElse(code);
    }

    public String countyName(String canonical) {
        return Counties.displayName(canonical, preferences.getLanguage());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
    public String getCounty() { return county; }
    public void setCounty(String county) { this.county = county; }
    public String getCertification() { return certification; }
    public void setCertification(String certification) { this.certification = certification; }
    public String getMaxPrice() { return maxPrice; }
    public void setMaxPrice(String maxPrice) { this.maxPrice = maxPrice; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
}
