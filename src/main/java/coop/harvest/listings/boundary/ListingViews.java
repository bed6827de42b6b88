package coop.harvest.listings.boundary;

import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.accounts.boundary.Caller;
import coop.harvest.certificates.boundary.BackingLookup;
import coop.harvest.certificates.boundary.CertificateRef;
import coop.harvest.certificates.boundary.Certificates;
import coop.harvest.listings.control.ListingLifecycle;
import coop.harvest.listings.entity.Listing;
import coop.harvest.platform.PublicMemo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns listings into views and decides who may see one. Cooperative names and flags are read in one query per
 * page through SQL, so listings need no mapping onto the accounts component's entities; a search's views are
 * remembered between pages ({@link #views(List, LocalDate, Function)}), a decision's cooperative is read afresh. The
 * beans it reads through are injected once (a CDI look-up per page walked the stack: a twentieth of an uncached
 * search's CPU).
 */
@ApplicationScoped
class ListingViews {

    /** What a listing needs to know of its cooperative. */
    record CooperativeInfo(long id, String name, boolean verified, boolean suspended) {
    }

    @Inject
    PartyDirectory parties;

    @Inject
    ListingPhotos photos;

    @Inject
    Certificates certificates;

    @Inject
    PublicMemo memo;

    Map<Long, CooperativeInfo> cooperatives(Collection<Long> ids) {
        Map<Long, CooperativeInfo> found = new HashMap<>();
        parties.cooperatives(ids).forEach((id, c) -> found.put(id,
                new CooperativeInfo(id, c.name(), c.verified(), c.suspended())));
        return found;
    }

    CooperativeInfo cooperative(long id) {
        return cooperatives(List.of(id)).get(id);
    }

    static boolean visible(Listing listing, CooperativeInfo cooperative, Optional<Caller> caller, LocalDate today) {
        if (caller.map(Caller::isStaff).orElse(false)
                || caller.map(c -> c.ownsCooperative(listing.getCooperativeId())).orElse(false)) {
            return true;
        }
        ListingStatus status = ListingLifecycle.effective(listing.getStatus(), listing.getAvailableUntil(), today);
        return !cooperative.suspended() && ListingLifecycle.PUBLIC.contains(status);
    }

    ListingView view(Listing l, CooperativeInfo c, LocalDate today) {
        List<CertificateRef> backing = l.getCertifications().asSet().isEmpty() ? List.of()
                : certificates.backing(l.getCooperativeId(), l.getProduct(), l.getCertifications().asSet());
        return view(l, c, today, backing, photos.views(l.getId()));
    }

    private static ListingView view(Listing l, CooperativeInfo c, LocalDate today,
                                    List<CertificateRef> certificates,
                                    List<ListingPhotoView> photos) {
        return new ListingView(l.getId(), new ListingView.CooperativeRef(c.id(), c.name(), c.verified()),
                l.getProduct(), l.getGrade(), l.getCertifications().asList(),
                quantity(l.getQuantity()), quantity(l.getAvailable()), quantity(l.getMinOrderQuantity()),
                l.getUnitPrice().setScale(2, RoundingMode.UNNECESSARY), l.getCounty(), l.getAvailableFrom(),
                l.getAvailableUntil(), l.getDescription(),
                ListingLifecycle.effective(l.getStatus(), l.getAvailableUntil(), today), l.getCreatedAt(),
                l.getVersion(), certificates, photos);
    }

    /**
     * A page of listings as views: their cooperatives, photos and backing certificates are read in one query each
     * for the whole page, not one per listing.
     */
    List<ListingView> views(List<Listing> listings, LocalDate today) {
        if (listings.isEmpty()) {
            return List.of();
        }
        Map<Long, CooperativeInfo> cooperatives = cooperatives(
                listings.stream().map(Listing::getCooperativeId).toList());
        Map<Long, List<ListingPhotoView>> photoViews = photos.views(listings.stream().map(Listing::getId).toList());
        List<Long> claiming = listings.stream().filter(l -> !l.getCertifications().asSet().isEmpty())
                .map(Listing::getCooperativeId).distinct().toList();
        BackingLookup backing = claiming.isEmpty() ? null : certificates.backingLookup(claiming);
        return listings.stream().map(l -> view(l, cooperatives.get(l.getCooperativeId()), today,
                        backing == null ? List.of() : backing.backing(l.getCooperativeId(), l.getProduct(),
                                l.getCertifications().asSet()),
                        photoViews.getOrDefault(l.getId(), List.of())))
                .toList();
    }

    /**
     * Views of the listings of these ids, in their order, for a list whose query already applied who may see what (a
     * view is the same for everyone who may see it). Views are remembered between pages ({@link PublicMemo}: until
     * anything public changes, an order included), so varied searches that keep showing a county's cheapest
     * listings build each view once; {@code load} reads the others' rows in one query.
     */
    List<ListingView> views(List<Long> ids, LocalDate today, Function<Collection<Long>, List<Listing>> load) {
        Map<Long, ListingView> byId = memo.all("listings.views." + today, ids, missing -> views(load.apply(missing),
                today).stream().collect(Collectors.toMap(ListingView::id, v -> v)));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static BigDecimal quantity(BigDecimal value) {
        return value.setScale(3, RoundingMode.UNNECESSARY);
    }
}
