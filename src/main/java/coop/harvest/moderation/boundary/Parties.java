package coop.harvest.moderation.boundary;

import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.certificates.boundary.BackingLookup;
import coop.harvest.certificates.boundary.Certificates;
import coop.harvest.listings.boundary.ListingPhotoView;
import coop.harvest.listings.boundary.ListingPhotos;
import coop.harvest.listings.boundary.ListingRecord;
import coop.harvest.notifications.boundary.Notifier;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is on the other side of a decision: a listing's cooperative, a demand's buyer, a report's author. Names them
 * for the views (a listing with the certificates and photos of its claims) and tells them of the decision, in the
 * decision's transaction.
 */
@Dependent
class Parties {

    @Inject
    PartyDirectory directory;

    @Inject
    Notifier notifier;

    @Inject
    ListingPhotos photos;

    @Inject
    Certificates certificates;

    /**
     * Listings as staff see them, with their cooperatives, the certificates that back their claims and their photos:
     * one query each for the whole page (as a page of public listings reads them).
     */
    List<ModeratedListing> listings(List<ListingRecord> found, boolean inQueue) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> cooperativeIds = found.stream().map(ListingRecord::cooperativeId).distinct().toList();
        Map<Long, PartyDirectory.CooperativeParty> cooperatives = directory.cooperatives(cooperativeIds);
        Map<Long, List<ListingPhotoView>> pictures = photos.views(found.stream().map(ListingRecord::id).toList());
        BackingLookup backing = certificates.backingLookup(cooperativeIds);
        return found.stream().map(l -> ModeratedListing.of(l, cooperativeRef(l.cooperativeId(), cooperatives),
                inQueue, backing.backing(l.cooperativeId(), l.product(), l.certifications().asSet()),
                pictures.getOrDefault(l.id(), List.of()))).toList();
    }

    private static ModeratedListing.CooperativeRef cooperativeRef(long id,
                                                                  Map<Long, PartyDirectory.CooperativeParty> found) {
        PartyDirectory.CooperativeParty c = found.get(id);
        return c == null ? new ModeratedListing.CooperativeRef(id, "", false)
                : new ModeratedListing.CooperativeRef(c.id(), c.name(), c.verified());
    }

    ModeratedDemand.BuyerRef buyer(long accountId) {
        return new ModeratedDemand.BuyerRef(accountId,
                directory.account(accountId).map(PartyDirectory.AccountParty::publicName).orElse(""));
    }

    Optional<String> username(long accountId) {
        return directory.account(accountId).map(PartyDirectory.AccountParty::username);
    }

    /** Tells every account of a cooperative. */
    void tellCooperative(long cooperativeId, String type, String messageKey, Object[] args, String link) {
        directory.accountsOf(cooperativeId).forEach(id -> notifier.notify(id, type, messageKey, args, link));
    }

    void tellAccount(long accountId, String type, String messageKey, Object[] args, String link) {
        notifier.notify(accountId, type, messageKey, args, link);
    }
}
