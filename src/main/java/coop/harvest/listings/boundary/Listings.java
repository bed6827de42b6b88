package coop.harvest.listings.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.catalog.boundary.Catalog;
import coop.harvest.catalog.boundary.ProductLock;
import coop.harvest.vocabulary.Counties;
import coop.harvest.vocabulary.Certifications;
import coop.harvest.catalog.boundary.CatalogProduct;
import coop.harvest.listings.control.ListingLifecycle;
import coop.harvest.listings.control.ListingRules;
import coop.harvest.listings.control.ListingTerms;
import coop.harvest.listings.control.SearchText;
import coop.harvest.listings.entity.Listing;
import coop.harvest.platform.FieldError;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Supply listings, the commands: cooperatives create, edit and withdraw their own. A listing that goes live is
 * announced ({@link ListingActivated}), one that offers more ({@link ListingReplenished}); matching observes both in
 * the same transaction. Reading is {@link ListingReads}, searching {@link ListingQueries}.
 */
@Stateless
@PermitAll
public class Listings {

    @PersistenceContext
    EntityManager em;

    @Inject
    ListingViews views;

    @Inject
    CurrentUser currentUser;

    @Inject
    Catalog catalog;

    @Inject
    ProductLock productLock;

    @Inject
    coop.harvest.certificates.boundary.Certificates certificates;

    @Inject
    Event<ListingActivated> activated;

    @Inject
    Event<ListingReplenished> replenished;

    /** Creates a listing for the signed-in cooperative: ACTIVE when the bureau verified it, else PENDING_REVIEW. */
    @RolesAllowed("COOPERATIVE")
    public ListingView create(@Valid @NotNull(message = "a JSON body is required") NewListing request) {
        Caller caller = currentUser.require();
        if (caller.cooperativeId() == null) {
            throw ProblemException.forbidden("Only a cooperative's account offers produce");
        }
        return createFor(caller.cooperativeId(), request);
    }

    /**
     * Creates a listing on behalf of a cooperative named explicitly. For start-up code (demo data) that has no
     * signed-in caller; never exposed over HTTP.
     */
    public ListingView createFor(long cooperativeId, @Valid @NotNull NewListing request) {
        LocalDate today = MarketDay.today();
        ListingViews.CooperativeInfo cooperative = views.cooperative(cooperativeId);
        if (cooperative == null || cooperative.suspended()) {
            throw ProblemException.forbidden("A suspended cooperative cannot offer produce");
        }
        List<FieldError> errors = new ArrayList<>();
        Optional<CatalogProduct> product = catalog.product(request.product);
        if (product.isEmpty()) {
            errors.add(new FieldError("product", "is not a product of the catalogue"));
        }
        Optional<String> county = Counties.canonical(request.county);
        if (county.isEmpty()) {
            errors.add(new FieldError("county", "must be a county of Huaihua"));
        }
        if (request.certifications != null && request.certifications.contains(null)) {
            errors.add(new FieldError("certifications", "must not contain null"));
        }
        errors.addAll(ListingRules.check(terms(request), today));
        if (product.isPresent() && request.certifications != null && !request.certifications.contains(null)) {
            unbacked(cooperativeId, product.get().getCode(), request.certifications).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Listing listing = new Listing(cooperativeId, product.get().getCode(), request.grade,
                Certifications.of(request.certifications),
                request.quantity, request.minOrderQuantity, request.unitPrice, county.get(),
                request.availableFrom, request.availableUntil, blankToNull(request.description),
                ListingLifecycle.initial(cooperative.verified()));
        listing.setSearchText(SearchText.of(product.get().getNameZh(), product.get().getNameEn(),
                cooperative.name(), listing.getDescription()));
        // the product lock before the insert: a matcher scanning this product never waits on our new row
        lockProduct(listing.getProduct());
        em.persist(listing);
        em.flush();
        if (listing.getStatus() == ListingStatus.ACTIVE) {
            activated.fire(new ListingActivated(listing.getId(), cooperativeId, listing.getProduct(),
                    listing.getCounty()));
            em.refresh(listing);
        }
        return views.view(listing, cooperative, today);
    }

    /**
     * Replaces the editable terms of the caller's own listing. {@code expectedVersion} (from If-Match) gives 412
     * when stale; lowering the quantity below what is reserved or sold gives 409.
     */
    @RolesAllowed("COOPERATIVE")
    public ListingView update(long id, Long expectedVersion,
                              @Valid @NotNull(message = "a JSON body is required") ListingChange change) {
        LocalDate today = MarketDay.today();
        Listing listing = ownListing(id, today);
        List<FieldError> errors = new ArrayList<>(ListingRules.check(terms(change), today));
        if (change.certifications != null) {
            if (change.certifications.contains(null)) {
                errors.add(new FieldError("certifications", "must not contain null"));
            } else {
                unbacked(listing.getCooperativeId(), listing.getProduct(), change.certifications)
                        .ifPresent(errors::add);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        lockProduct(listing.getProduct());
        em.refresh(listing, LockModeType.PESSIMISTIC_WRITE);
        if (expectedVersion != null && expectedVersion != listing.getVersion()) {
            throw ProblemException.preconditionFailed("The listing changed since version " + expectedVersion
                    + "; it is now at version " + listing.getVersion() + ". Reload it and try again");
        }
        ListingStatus before = ListingLifecycle.effective(listing.getStatus(), listing.getAvailableUntil(), today);
        if (!ListingLifecycle.canEdit(before)) {
            throw ProblemException.conflict("A " + before + " listing cannot be edited");
        }
        BigDecimal committed = listing.getCommitted();
        if (change.quantity.compareTo(committed) < 0) {
            throw ProblemException.conflict("The quantity cannot be lower than the " + committed.stripTrailingZeros()
                    .toPlainString() + " already reserved or sold");
        }
        ListingTerms old = terms(listing);
        apply(listing, change, committed);
        ListingViews.CooperativeInfo cooperative = views.cooperative(listing.getCooperativeId());
        ListingStatus after = ListingLifecycle.afterEdit(before, cooperative.verified(), listing.getAvailable());
        if (after != listing.getStatus() || before == ListingStatus.REJECTED) {
            listing.changeStatus(after, null);
        }
        em.flush();
        boolean nowLive = after == ListingStatus.ACTIVE;
        if (nowLive && before != ListingStatus.ACTIVE) {
            activated.fire(new ListingActivated(listing.getId(), listing.getCooperativeId(), listing.getProduct(),
                    listing.getCounty()));
            em.refresh(listing);
        } else if (nowLive && ListingRules.widensOffer(old, terms(listing))) {
            replenished.fire(new ListingReplenished(listing.getId(), listing.getProduct()));
            em.refresh(listing);
        }
        return views.view(listing, cooperative, today);
    }

    /** Takes the caller's own listing off the market; 409 when it is no longer on offer or under review. */
    @RolesAllowed("COOPERATIVE")
    public ListingView withdraw(long id) {
        LocalDate today = MarketDay.today();
        Listing listing = ownListing(id, today);
        lockProduct(listing.getProduct());
        em.refresh(listing, LockModeType.PESSIMISTIC_WRITE);
        ListingStatus status = ListingLifecycle.effective(listing.getStatus(), listing.getAvailableUntil(), today);
        if (!ListingLifecycle.canWithdraw(status)) {
            throw ProblemException.conflict("A " + status + " listing cannot be withdrawn");
        }
        listing.changeStatus(ListingStatus.WITHDRAWN, null);
        em.flush();
        return views.view(listing, views.cooperative(listing.getCooperativeId()), today);
    }

    private Listing ownListing(long id, LocalDate today) {
        Caller caller = currentUser.require();
        Listing listing = em.find(Listing.class, id);
        if (listing == null || !ListingViews.visible(listing,
                views.cooperative(listing.getCooperativeId()), Optional.of(caller), today)) {
            throw ProblemException.notFound("Listing " + id);
        }
        if (!caller.ownsCooperative(listing.getCooperativeId())) {
            throw ProblemException.forbidden("Only the cooperative that offers this listing may change it");
        }
        return listing;
    }

    /** Matching locks the product's row before any listing; an edit takes the same order to avoid deadlocks. */
    private void lockProduct(String product) {
        productLock.lock(product);
    }

    /** The 422 error when some claimed certification has no valid approved certificate of the cooperative. */
    private java.util.Optional<FieldError> unbacked(long cooperativeId, String product,
                                                   java.util.Collection<coop.harvest.vocabulary.Certification> claimed) {
        java.util.Set<coop.harvest.vocabulary.Certification> missing = certificates.unbacked(cooperativeId, product,
                claimed);
        return missing.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new FieldError("certifications",
                "no valid approved certificate of the cooperative backs " + missing + " for " + product
                        + "; register the certificate and have it approved first"));
    }

    private void apply(Listing listing, ListingChange change, BigDecimal committed) {
        if (change.certifications != null) {
            listing.replaceCertifications(coop.harvest.vocabulary.Certifications.of(change.certifications));
        }
        listing.setQuantity(change.quantity);
        listing.setAvailable(change.quantity.subtract(committed));
        listing.setMinOrderQuantity(change.minOrderQuantity);
        listing.setUnitPrice(change.unitPrice);
        listing.setAvailableFrom(change.availableFrom);
        listing.setAvailableUntil(change.availableUntil);
        listing.setDescription(blankToNull(change.description));
        CatalogProduct product = catalog.product(listing.getProduct()).orElseThrow();
        ListingViews.CooperativeInfo cooperative = views.cooperative(listing.getCooperativeId());
        listing.setSearchText(SearchText.of(product.getNameZh(), product.getNameEn(), cooperative.name(),
                listing.getDescription()));
        listing.touch();
    }

    private static ListingTerms terms(NewListing r) {
        return new ListingTerms(r.quantity, r.minOrderQuantity, r.unitPrice, r.availableFrom, r.availableUntil,
                r.description);
    }

    private static ListingTerms terms(ListingChange r) {
        return new ListingTerms(r.quantity, r.minOrderQuantity, r.unitPrice, r.availableFrom, r.availableUntil,
                r.description);
    }

    private static ListingTerms terms(Listing l) {
        return new ListingTerms(l.getQuantity(), l.getMinOrderQuantity(), l.getUnitPrice(), l.getAvailableFrom(),
                l.getAvailableUntil(), l.getDescription());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
