package coop.harvest.demands.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.catalog.boundary.Catalog;
import coop.harvest.vocabulary.Counties;
import coop.harvest.vocabulary.Certifications;
import coop.harvest.vocabulary.Grade;
import coop.harvest.demands.control.DemandLifecycle;
import coop.harvest.demands.control.DemandRules;
import coop.harvest.demands.entity.Demand;
import coop.harvest.platform.FieldError;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import coop.harvest.platform.PublicCache;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Demand posts: buyers post and cancel their own; everyone reads the open ones. Posting calls matching in the same
 * transaction, so the answer already holds the orders it made.
 */
@Stateless
@PermitAll
public class Demands {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    PublicCache cache;

    @Inject
    CurrentUser currentUser;

    @Inject
    Catalog catalog;

    @Inject
    Event<DemandPosted> posted;

    @Inject
    coop.harvest.catalog.boundary.ProductLock productLock;

    /** Posts a demand for the signed-in buyer and matches it at once. */
    @RolesAllowed("BUYER")
    public DemandView post(@Valid @NotNull(message = "a JSON body is required") NewDemand request) {
        return postFor(currentUser.require().accountId(), request);
    }

    /** Posts a demand for a buyer named explicitly: for start-up code (demo data) only, never exposed over HTTP. */
    public DemandView postFor(long buyerId, @Valid @NotNull NewDemand request) {
        LocalDate today = MarketDay.today();
        List<FieldError> errors = new ArrayList<>();
        if (catalog.product(request.product).isEmpty()) {
            errors.add(new FieldError("product", "is not a product of the catalogue"));
        }
        Optional<String> county = Counties.canonical(request.deliveryCounty);
        if (county.isEmpty()) {
            errors.add(new FieldError("deliveryCounty", "must be a county of Huaihua"));
        }
        if (request.certifications != null && request.certifications.contains(null)) {
            errors.add(new FieldError("certifications", "must not contain null"));
        }
        errors.addAll(DemandRules.check(request.quantity, request.maxUnitPrice, request.neededBy, today));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Demand demand = new Demand(buyerId, request.product, request.minGrade == null ? Grade.STANDARD
                : request.minGrade, Certifications.of(request.certifications), request.quantity, request.maxUnitPrice, county.get(), request.neededBy,
                request.allowPartial == null || request.allowPartial);
        String address = blankToNull(request.deliveryAddress);
        demand.setDelivery(address != null ? address : parties.deliveryAddress(buyerId).orElse(null),
                blankToNull(request.note));
        // the product lock before the insert: a matcher scanning this product never waits on our new row
        productLock.lock(demand.getProduct());
        em.persist(demand);
        em.flush();
        posted.fire(new DemandPosted(demand.getId(), buyerId, demand.getProduct(), demand.getDeliveryCounty()));
        em.refresh(demand);
        return DemandViews.view(em, parties, demand, today);
    }

    /** Cancels the caller's own open demand; its orders so far stay. 409 when it is no longer open. */
    @RolesAllowed("BUYER")
    public DemandView cancel(long id) {
        Caller caller = currentUser.require();
        LocalDate today = MarketDay.today();
        Demand demand = visibleDemand(id, Optional.of(caller), today);
        if (demand.getBuyerId() != caller.accountId()) {
            throw ProblemException.forbidden("Only the buyer who posted this demand may cancel it");
        }
        // matching's lock order (product, then demand): a cancel never deadlocks with a fill of this demand
        productLock.lock(demand.getProduct());
        em.refresh(demand, LockModeType.PESSIMISTIC_WRITE);
        DemandStatus status = DemandLifecycle.effective(demand.getStatus(), demand.getNeededBy(), today);
        if (!DemandLifecycle.canCancel(status)) {
            throw ProblemException.conflict("A " + status + " demand cannot be cancelled");
        }
        demand.changeStatus(DemandStatus.CANCELLED, null);
        em.flush();
        return DemandViews.view(em, parties, demand, today);
    }

    /** One demand, if the caller may see it (404 otherwise). */
    public DemandView get(long id) {
        LocalDate today = MarketDay.today();
        return DemandViews.view(em, parties, visibleDemand(id, currentUser.caller(), today), today);
    }

    /**
     * Demands the caller may see, newest first: the public sees open ones, a buyer also its own, staff all.
     * {@code mine} keeps only the caller's own (401 when anonymous).
     */
    public Page<DemandView> list(String product, DemandStatus status, boolean mine, PageRequest page) {
        return list(product, null, status, mine, page);
    }

    /**
     * As {@link #list(String, DemandStatus, boolean, PageRequest)}, keeping only the demands of the products that the
     * words {@code q} name (their names, codes or aliases in the catalogue).
     */
    public Page<DemandView> list(String product, String q, DemandStatus status, boolean mine, PageRequest page) {
        Set<String> named = q == null || q.isBlank() ? null : catalog.productsMatching(q);
        Optional<Caller> caller = currentUser.caller();
        if (mine && caller.isEmpty()) {
            throw ProblemException.unauthorized("Sign in to see your own demands");
        }
        if (product != null && catalog.product(product).isEmpty()) {
            throw ProblemException.invalid("product", "is not a product of the catalogue");
        }
        LocalDate today = MarketDay.today();
        if (caller.isEmpty()) {
            // a visitor's list depends only on the filters: the home page and public lists share answers
            return cache.get(Arrays.asList("demands", today, product, named, status, page.offset(), page.size()),
                    () -> list(caller, mine, product, named, status, page, today));
        }
        return list(caller, mine, product, named, status, page, today);
    }

    private Page<DemandView> list(Optional<Caller> caller, boolean mine, String product, Set<String> named,
                                  DemandStatus status, PageRequest page, LocalDate today) {
        DemandSearch search = new DemandSearch(caller, mine, product, named, status, Date.valueOf(today));
        Query select = em.createNativeQuery("SELECT d.*" + DemandSearch.FROM + search.where()
                + " ORDER BY d.CREATED_AT DESC, d.ID DESC OFFSET " + page.offset() + " ROWS FETCH NEXT "
                + page.size() + " ROWS ONLY", Demand.class);
        Query count = em.createNativeQuery("SELECT COUNT(*)" + DemandSearch.FROM + search.where());
        for (int i = 0; i < search.params().size(); i++) {
            select.setParameter(i + 1, search.params().get(i));
            count.setParameter(i + 1, search.params().get(i));
        }
        @SuppressWarnings("unchecked")
        List<Demand> found = select.getResultList();
        return page.page(List.copyOf(DemandViews.views(em, parties, found, today)),
                ((Number) count.getSingleResult()).longValue());
    }

    private Demand visibleDemand(long id, Optional<Caller> caller, LocalDate today) {
        Demand demand = em.find(Demand.class, id);
        if (demand == null || !DemandViews.visible(demand, DemandViews.buyer(parties, demand.getBuyerId()), caller, today)) {
            throw ProblemException.notFound("Demand " + id);
        }
        return demand;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
