package coop.harvest.listings.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.listings.entity.Listing;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.ProblemException;
import coop.harvest.platform.PublicCache;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One listing and why it has its status, as far as the caller may see them. */
@Stateless
@PermitAll
public class ListingReads {

    @PersistenceContext
    EntityManager em;

    @Inject
    ListingViews views;

    @Inject
    CurrentUser currentUser;

    @Inject
    PublicCache cache;

    /**
     * One listing, if the caller may see it (404 otherwise, as for an unknown id). What a visitor sees is the same for
     * every visitor, so it is shared through the public cache: a popular listing's page is read over and over on
     * harvest day, and any change to public data (its availability, photos, certificates, cooperative) renews it.
     */
    public ListingView get(long id) {
        LocalDate today = MarketDay.today();
        Optional<Caller> caller = currentUser.caller();
        if (caller.isEmpty()) {
            return cache.get(List.of("listing", id, today), () -> read(id, caller, today));
        }
        return read(id, caller, today);
    }

    private ListingView read(long id, Optional<Caller> caller, LocalDate today) {
        Listing listing = em.find(Listing.class, id);
        ListingViews.CooperativeInfo cooperative = listing == null ? null
                : views.cooperative(listing.getCooperativeId());
        if (listing == null || !ListingViews.visible(listing, cooperative, caller, today)) {
            throw ProblemException.notFound("Listing " + id);
        }
        return views.view(listing, cooperative, today);
    }

    /** Why the listing has its status (a rejection's or suspension's reason), for its owner and staff only. */
    public Optional<String> statusReason(long id) {
        Optional<Caller> caller = currentUser.caller();
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        Listing listing = em.find(Listing.class, id);
        if (listing == null || !(caller.map(Caller::isStaff).orElse(false)
                || caller.map(c -> c.ownsCooperative(listing.getCooperativeId())).orElse(false))) {
            return Optional.empty();
        }
        return Optional.ofNullable(listing.getStatusReason());
    }
}
