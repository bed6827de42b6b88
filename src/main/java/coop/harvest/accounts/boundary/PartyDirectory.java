package coop.harvest.accounts.boundary;

import coop.harvest.accounts.entity.Account;
import coop.harvest.accounts.entity.Cooperative;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one reader of the parties of a trade for other components: names and standing of cooperatives and accounts,
 * instead of each component reading the ACCOUNT and COOPERATIVE tables itself. Joins the caller's transaction.
 */
@Stateless
@PermitAll
public class PartyDirectory {

    @PersistenceContext
    EntityManager em;

    /** A cooperative's name and standing. */
    public record CooperativeParty(long id, String name, boolean verified, boolean suspended, Instant registeredAt) {
    }

    /** An account's names and standing; {@code publicName} is what other parties see (its cooperative or organisation). */
    public record AccountParty(long id, String username, String publicName, boolean suspended) {
    }

    /** How the bureau reaches a cooperative: its first account. */
    public record Contact(String username, String displayName, String email, String phone) {
    }

    public Optional<CooperativeParty> cooperative(long id) {
        Cooperative c = em.find(Cooperative.class, id);
        return c == null ? Optional.empty() : Optional.of(new CooperativeParty(c.getId(), c.getName(),
                c.isVerified(), c.isSuspended(), c.getCreatedAt()));
    }

    public Optional<AccountParty> account(long id) {
        Account a = em.find(Account.class, id);
        return a == null ? Optional.empty() : Optional.of(new AccountParty(a.getId(), a.getUsername(),
                a.publicName(), a.isSuspended()));
    }

    /** The ids of a cooperative's accounts. */
    public List<Long> accountsOf(long cooperativeId) {
        return em.createQuery("SELECT a.id FROM Account a WHERE a.cooperative.id = :c", Long.class)
                .setParameter("c", cooperativeId).getResultList();
    }

    /** The cooperative's first account, the one that registered it. */
    public Optional<Contact> contact(long cooperativeId) {
        return em.createQuery("SELECT a FROM Account a WHERE a.cooperative.id = :c ORDER BY a.id", Account.class)
                .setParameter("c", cooperativeId).setMaxResults(1).getResultList().stream().findFirst()
                .map(a -> new Contact(a.getUsername(), a.getDisplayName(), a.getEmail(), a.getPhone()));
    }

    /** Which of these cooperatives are suspended. */
    public Set<Long> suspendedCooperatives(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT c.id FROM Cooperative c WHERE c.suspended = TRUE AND c.id IN :ids",
                Long.class).setParameter("ids", ids).getResultList());
    }

    /** Which of these accounts are suspended (the account itself, not its cooperative). */
    public Set<Long> suspendedAccounts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT a.id FROM Account a WHERE a.suspended = TRUE AND a.id IN :ids",
                Long.class).setParameter("ids", ids).getResultList());
    }
}
