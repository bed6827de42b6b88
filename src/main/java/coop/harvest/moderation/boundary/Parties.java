package coop.harvest.moderation.boundary;

import coop.harvest.accounts.entity.Account;
import coop.harvest.accounts.entity.Cooperative;
import coop.harvest.notifications.boundary.Notifier;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Who is on the other side of a decision: a listing's cooperative, a demand's buyer, a report's author. Names them
 * for the views and tells them of the decision, in the decision's transaction.
 */
@Dependent
class Parties {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    ModeratedListing.CooperativeRef cooperative(long cooperativeId) {
        Cooperative c = em.find(Cooperative.class, cooperativeId);
        return c == null ? new ModeratedListing.CooperativeRef(cooperativeId, "", false)
                : new ModeratedListing.CooperativeRef(c.getId(), c.getName(), c.isVerified());
    }

    ModeratedDemand.BuyerRef buyer(long accountId) {
        Account a = em.find(Account.class, accountId);
        return new ModeratedDemand.BuyerRef(accountId, a == null ? "" : a.publicName());
    }

    Optional<String> username(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId)).map(Account::getUsername);
    }

    /** Tells every account of a cooperative. */
    void tellCooperative(long cooperativeId, String type, String messageKey, Object[] args, String link) {
        List<Long> accounts = em.createQuery("SELECT a.id FROM Account a WHERE a.cooperative.id = :c", Long.class)
                .setParameter("c", cooperativeId).getResultList();
        accounts.forEach(id -> notifier.notify(id, type, messageKey, args, link));
    }

    void tellAccount(long accountId, String type, String messageKey, Object[] args, String link) {
        notifier.notify(accountId, type, messageKey, args, link);
    }
}
