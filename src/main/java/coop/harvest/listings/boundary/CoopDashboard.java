package coop.harvest.listings.boundary;

import coop.harvest.accounts.boundary.CooperativeDirectory;
import coop.harvest.accounts.boundary.CooperativeView;
import coop.harvest.accounts.boundary.CurrentUser;
import jakarta.annotation.PostConstruct;
import coop.harvest.listings.control.ListingRules;
import coop.harvest.listings.control.ListingTerms;
import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Grade;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import coop.harvest.web.PageSupport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** The cooperative's dashboard: its listings in every status (with the reason), and the create / edit form. */
@Named
@ViewScoped
public class CoopDashboard implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "listingForm";

    /** One of my listings and why it has its status. */
    public record OwnListing(ListingView listing, String reason) implements Serializable {
    }

    @Inject
    transient Listings listings;

    @Inject
    transient ListingQueries queries;

    @Inject
    transient ListingReads reads;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient CooperativeDirectory cooperatives;

    /** The signed-in cooperative: its county is the form's default, and whether it still awaits verification. */
    private String ownName;
    private String ownCounty;
    private boolean ownVerified = true;

    private final PagedModel<OwnListing> mine = new PagedModel<>(
            (page, sort) -> mine(page, PagedModel.sortedBy(sort, "unitPrice")), row -> row.listing().id());
    private Long editingId;
    private Long editingVersion;
    private String product = "honeysuckle";
    private String grade = Grade.FIRST.name();
    private List<String> certifications = new ArrayList<>();
    private String quantity;
    private String minOrderQuantity;
    private String unitPrice;
    private String county;
    /** The dates as typed or picked (the page's pattern), read by {@link #save} with the form's other fields. */
    private String availableFrom;
    private String availableUntil;
    private String description;

    @PostConstruct
    void init() {
        Long id = currentUser.caller().map(c -> c.cooperativeId()).orElse(null);
        if (id != null) {
            CooperativeView own = cooperatives.get(id);
            ownName = own.name();
            ownCounty = own.county();
            ownVerified = own.verified();
        }
        county = ownCounty;
        defaultDates();
    }

    private void defaultDates() {
        availableFrom = PageSupport.dateText(MarketDay.today());
        availableUntil = PageSupport.dateText(MarketDay.today().plusDays(30));
    }

    /** The cooperative's own name, for the notice that it awaits verification. */
    public String getOwnName() {
        return ownName;
    }

    public boolean isAwaitingVerification() {
        return !ownVerified;
    }

    /** My listings in every status, paged in the database: newest first, or cheapest first when sorted by price. */
    public PagedModel<OwnListing> getMine() {
        return mine;
    }

    private Page<OwnListing> mine(PageRequest page, boolean byPrice) {
        Long own = currentUser.require().cooperativeId();
        return queries.search(new ListingQuery(null, null, EnumSet.noneOf(Certification.class), null, null, null,
                        own, null, byPrice ? ListingQuery.Sort.PRICE : ListingQuery.Sort.NEWEST), page)
                .map(l -> new OwnListing(l, reads.statusReason(l.id()).orElse(null)));
    }

    public String save() {
        NewListing body = new NewListing();
        body.quantity = PageSupport.decimal(FORM, "quantity", "listing", quantity);
        body.minOrderQuantity = PageSupport.decimal(FORM, "minOrderQuantity", "listing", minOrderQuantity);
        body.unitPrice = PageSupport.decimal(FORM, "unitPrice", "listing", unitPrice);
        body.availableFrom = PageSupport.pickedDate(FORM, "availableFrom", availableFrom);
        body.availableUntil = PageSupport.pickedDate(FORM, "availableUntil", availableUntil);
        body.description = description;
        body.product = editingId == null ? product : "kept";
        body.grade = grade == null ? null : Grade.valueOf(grade);
        body.county = editingId == null ? county : "kept";
        body.certifications = EnumSet.noneOf(Certification.class);
        certifications.forEach(c -> body.certifications.add(Certification.valueOf(c)));
        // every problem of the form in one round: what did not parse, what is missing, and the terms' rules
        if (!PageSupport.check(FORM, "listing", body, ListingRules.check(new ListingTerms(body.quantity,
                body.minOrderQuantity, body.unitPrice, body.availableFrom, body.availableUntil, body.description),
                MarketDay.today()))) {
            return null;
        }
        Object done;
        if (editingId == null) {
            done = PageSupport.attempt(FORM, "listing", () -> listings.create(body));
        } else {
            ListingChange change = new ListingChange();
            change.quantity = body.quantity;
            change.minOrderQuantity = body.minOrderQuantity;
            change.unitPrice = body.unitPrice;
            change.availableFrom = body.availableFrom;
            change.availableUntil = body.availableUntil;
            change.description = body.description;
            done = PageSupport.attempt(FORM, "listing", () -> listings.update(editingId, editingVersion, change));
        }
        if (done != null) {
            PageSupport.info(editingId == null ? "listing.created" : "listing.updated");
            reset();
        }
        return null;
    }

    public void edit(long id) {
        ListingView l = reads.get(id);
        editingId = l.id();
        editingVersion = l.version();
        product = l.product();
        grade = l.grade().name();
        county = l.county();
        quantity = PageSupport.plain(l.quantity());
        minOrderQuantity = PageSupport.plain(l.minOrderQuantity());
        unitPrice = l.unitPrice().toPlainString();
        availableFrom = PageSupport.dateText(l.availableFrom());
        availableUntil = PageSupport.dateText(l.availableUntil());
        description = l.description();
    }

    public void withdraw(long id) {
        if (PageSupport.attempt(FORM, "listing", () -> listings.withdraw(id)) != null) {
            PageSupport.info("listing.withdrawn");
        }
    }

    public void reset() {
        editingId = null;
        editingVersion = null;
        quantity = null;
        minOrderQuantity = null;
        unitPrice = null;
        description = null;
        certifications = new ArrayList<>();
        defaultDates();
        county = ownCounty;
    }

    public Grade[] getGrades() { return Grade.values(); }
    public boolean isEditing() { return editingId != null; }
    public Long getEditingId() { return editingId; }
    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
    public String getGrade() { return grade; }
    public void setGrade(String grade) { this.grade = grade; }
    public List<String> getCertifications() { return certifications; }
    public void setCertifications(List<String> certifications) { this.certifications = certifications; }
    public String getQuantity() { return quantity; }
    public void setQuantity(String quantity) { this.quantity = quantity; }
    public String getMinOrderQuantity() { return minOrderQuantity; }
    public void setMinOrderQuantity(String minOrderQuantity) { this.minOrderQuantity = minOrderQuantity; }
    public String getUnitPrice() { return unitPrice; }
    public void setUnitPrice(String unitPrice) { this.unitPrice = unitPrice; }
    public String getCounty() { return county; }
    public void setCounty(String county) { this.county = county; }
    public String getAvailableFrom() { return availableFrom; }
    public void setAvailableFrom(String availableFrom) { this.availableFrom = availableFrom; }
    public String getAvailableUntil() { return availableUntil; }
    public void setAvailableUntil(String availableUntil) { this.availableUntil = availableUntil; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
