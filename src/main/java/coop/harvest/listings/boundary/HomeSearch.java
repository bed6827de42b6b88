package coop.harvest.listings.boundary;

import coop.harvest.catalog.boundary.Catalog;
import coop.harvest.vocabulary.Counties;
import coop.harvest.vocabulary.Certification;
import coop.harvest.catalog.boundary.CatalogProduct;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    /** Cards per page: four rows of the desktop grid, and a short scroll on a phone. */
    static final int PAGE_SIZE = 24;
    /** Open demands per page of their own pager (a table: 20 rows). */
    static final int DEMAND_PAGE_SIZE = 20;
    private static final int LAST_PAGE_INDEX = 100_000;

    @Inject
    ListingQueries listings;

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
    private String page;
    private String demandPage;
    private Page<ListingView> listingResults;
    private Page<DemandView> demandResults;

    public Page<ListingView> getListings() {
        if (listingResults == null) {
            listingResults = find(pageIndex());
            long lastIndex = listingResults == null ? 0 : Math.max(0, (listingResults.total() - 1) / PAGE_SIZE);
            if (listingResults != null && listingResults.page() > lastIndex) {
                // an address past the end (the list shrank since it was bookmarked) shows the last page
                listingResults = find((int) lastIndex);
            }
            if (listingResults == null) {
                listingResults = new Page<>(List.of(), 0, 0, PAGE_SIZE);
            }
        }
        return listingResults;
    }

    private Page<ListingView> find(int pageIndex) {
        return PageSupport.attempt("search", "listing", () -> listings.search(query(),
                PageRequest.of(pageIndex, PAGE_SIZE)));
    }

    public Page<DemandView> getDemands() {
        if (demandResults == null) {
            demandResults = findDemands(pageIndex(demandPage));
            long lastIndex = Math.max(0, (demandResults.total() - 1) / DEMAND_PAGE_SIZE);
            if (demandResults.page() > lastIndex) {
                demandResults = findDemands((int) lastIndex);
            }
        }
        return demandResults;
    }

    private Page<DemandView> findDemands(int pageIndex) {
        String code = blank(product) ? null : product;
        try {
            return demands.list(code, null, false, PageRequest.of(pageIndex, DEMAND_PAGE_SIZE));
        } catch (ProblemException unknownProduct) {
            // an address naming no product of the catalogue: the listing search shows the error by the field
            return new Page<>(List.of(), 0, 0, DEMAND_PAGE_SIZE);
        }
    }

    /** The page of open demands shown, counted from 1. */
    public int getDemandPageNumber() {
        return getDemands().page() + 1;
    }

    /** How many pages of open demands there are (at least 1). */
    public long getDemandPageCount() {
        return Math.max(1, (getDemands().total() + DEMAND_PAGE_SIZE - 1) / DEMAND_PAGE_SIZE);
    }

    /** The address of another page of open demands, keeping the search and its page; lands on the demands. */
    public String demandPageLink(int number) {
        StringBuilder link = new StringBuilder(pageLink(getPageNumber()));
        link.append("&demandPage=").append(number).append("#demands-heading");
        return link.toString();
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
        // the home page offers what can be bought now; sold-out listings stay reachable by their own address
        return new ListingQuery(blank(product) ? null : product, blank(county) ? null : county, certifications,
                null, max, q, null, ListingStatus.ACTIVE,
                "price".equals(sort) ? ListingQuery.Sort.PRICE : ListingQuery.Sort.NEWEST);
    }

    /** The zero-based page asked for in the address; anything that is not a page number shows the first page. */
    private int pageIndex() {
        return pageIndex(page);
    }

    private static int pageIndex(String page) {
        try {
            int asked = blank(page) ? 1 : Integer.parseInt(page.strip());
            return Math.max(0, Math.min(asked, LAST_PAGE_INDEX) - 1);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** The page shown, counted from 1. */
    public int getPageNumber() {
        return getListings().page() + 1;
    }

    /** How many pages the search has (at least 1, so that "page 1 of 1" reads right on an empty result). */
    public long getPageCount() {
        long total = getListings().total();
        return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The address of another page of the same search, relative to the site root. */
    public String pageLink(int number) {
        StringBuilder link = new StringBuilder("/index.xhtml?page=").append(number);
        param(link, "q", q);
        param(link, "product", product);
        param(link, "county", county);
        param(link, "certification", certification);
        param(link, "maxPrice", maxPrice);
        param(link, "sort", sort);
        return link.toString();
    }

    private static void param(StringBuilder link, String name, String value) {
        if (!blank(value)) {
            link.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** Runs the search before the page renders (the form above the results shows its field errors). */
    public void load() {
        getListings();
    }

    public List<CatalogProduct> getProducts() {
        return catalog.products();
    }

    public List<Counties.County> getCounties() {
        return Counties.ALL;
    }

    public Certification[] getCertifications() {
        return Certification.values();
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
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public String getDemandPage() { return demandPage; }
    public void setDemandPage(String demandPage) { this.demandPage = demandPage; }
}
