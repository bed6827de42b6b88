package coop.harvest.moderation.boundary;

import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.notifications.boundary.Notifier;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who is on the other side of a decision: a listing's cooperative, a demand's buyer, a report's author. Names them
 * for the views and tells them of the decision, in the decision's transaction.
 */
@Dependent
class Parties {

    @Inject
    PartyDirectory directory;

    @Inject
    Notifier notifier;

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
