package coop.harvest.moderation.boundary;

import coop.harvest.accounts.boundary.PartyDirectory;
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

    /** Listings as staff see them, with what backs their claims and their photos (one query for all photos). */
    List<ModeratedListing> listings(List<ListingRecord> found, boolean inQueue) {
        Map<Long, List<ListingPhotoView>> pictures = photos.views(found.stream().map(ListingRecord::id).toList());
        return found.stream().map(l -> ModeratedListing.of(l, cooperative(l.cooperativeId()), inQueue,
                certificates.backing(l.cooperativeId(), l.product(), l.certifications().asSet()),
                pictures.getOrDefault(l.id(), List.of()))).toList();
    }

    ModeratedListing.CooperativeRef cooperative(long cooperativeId) {
        return directory.cooperative(cooperativeId)
                .map(c -> new ModeratedListing.CooperativeRef(c.id(), c.name(), c.verified()))
                .orElse(new ModeratedListing.CooperativeRef(cooperativeId, "", false));
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
