package coop.harvest.listings.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.catalog.boundary.Catalog;
import coop.harvest.vocabulary.Counties;
import coop.harvest.listings.entity.Listing;
import coop.harvest.platform.FieldError;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import coop.harvest.platform.PublicCache;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Searching listings among those the caller may see; visitors' searches are shared through the public cache. */
@Stateless
@PermitAll
public class ListingQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    ListingViews views;

    @Inject
    CurrentUser currentUser;

    @Inject
    Catalog catalog;

    @Inject
    PublicCache cache;

    /** Listings matching the query among those the caller may see, with the total count. */
    public Page<ListingView> search(ListingQuery query, PageRequest page) {
        LocalDate today = MarketDay.today();
        ListingQuery canonical = canonical(query);
        Optional<Caller> caller = currentUser.caller();
        if (caller.isEmpty()) {
            // what a visitor sees depends only on the query: the home page and public searches share answers, kept
            // once a search is asked a second time
            return cache.getWhenAskedAgain(List.of("listings", today, canonical, page.offset(), page.size()),
                    () -> search(canonical, caller, page, today));
        }
        return search(canonical, caller, page, today);
    }

    private Page<ListingView> search(ListingQuery query, Optional<Caller> caller, PageRequest page, LocalDate today) {
        ListingSearch search = new ListingSearch(query, caller, today, catalog::productsMatching,
                () -> parties.allSuspendedCooperatives(ListingSearch.SUSPENDED_BY_ID));
        // ids first: the database then sorts narrow rows, not whole listings with their search text
        Query select = em.createNativeQuery("SELECT l.ID" + ListingSearch.sortColumns(query.sort())
                + search.from() + search.where() + ListingSearch.orderBy(query.sort()) + " OFFSET "
                + page.offset() + " ROWS FETCH NEXT " + page.size() + " ROWS ONLY");
        List<Object> params = search.params();
        for (int i = 0; i < params.size(); i++) {
            select.setParameter(i + 1, params.get(i));
        }
        List<?> rows = select.getResultList();
        // a page that is not full ends the list, so its count is known; counting reads every match, the page only
        // its first rows in the index's order
        long total;
        if (rows.size() < page.size() && (!rows.isEmpty() || page.offset() == 0)) {
            total = page.offset() + rows.size();
        } else {
            Query count = em.createNativeQuery("SELECT COUNT(*)" + search.from() + search.where());
            for (int i = 0; i < params.size(); i++) {
                count.setParameter(i + 1, params.get(i));
            }
            total = ((Number) count.getSingleResult()).longValue();
        }
        List<Long> ids = rows.stream().map(r -> ((Number) (r instanceof Object[] a ? a[0] : r)).longValue()).toList();
        return page.page(views.views(ids, today, this::byIds), total);
    }

    /** The listings of these ids, in any order. */
    private List<Listing> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT l FROM Listing l WHERE l.id IN :ids", Listing.class).setParameter("ids", ids)
                .getResultList();
    }

    /** The query with its county in canonical form; 422 for a product or county the catalogue does not know. */
    private ListingQuery canonical(ListingQuery q) {
        List<FieldError> errors = new ArrayList<>();
        if (q.product() != null && catalog.product(q.product()).isEmpty()) {
            errors.add(new FieldError("product", "is not a product of the catalogue"));
        }
        Optional<String> county = Optional.ofNullable(q.county()).flatMap(Counties::canonical);
        if (q.county() != null && county.isEmpty()) {
            errors.add(new FieldError("county", "must be a county of Huaihua"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new ListingQuery(q.product(), county.orElse(null), q.certifications(), q.minGrade(), q.maxPrice(),
                q.q(), q.cooperativeId(), q.status(), q.sort() == null ? ListingQuery.Sort.NEWEST : q.sort());
    }
}
