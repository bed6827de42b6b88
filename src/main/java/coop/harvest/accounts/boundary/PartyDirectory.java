package coop.harvest.accounts.boundary;

import coop.harvest.accounts.entity.Account;
import coop.harvest.accounts.entity.Cooperative;
import coop.harvest.platform.PublicCache;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one reader of the parties of a trade for other components: names and standing of cooperatives and accounts,
 * instead of each component reading the ACCOUNT and COOPERATIVE tables itself. Joins the caller's transaction.
 * A plain CDI bean, not a session bean: an order calls it several times, and each EJB call costs its interceptors;
 * its container-managed entity manager joins the caller's JTA transaction all the same.
 */
@Dependent
public class PartyDirectory {

    @Inject
    PublicCache cache;

    @PersistenceContext
    EntityManager em;

    /** A cooperative's name, county and standing. */
    public record CooperativeParty(long id, String name, String county, boolean verified, boolean suspended,
                                   Instant registeredAt) {
    }

    /** An account's names and standing; {@code publicName} is what other parties see (its cooperative or organisation). */
    public record AccountParty(long id, String username, String publicName, boolean suspended) {
    }

    /**
     * What a new order needs of its parties: the buyer's public name and the delivery address on its account, the
     * listing's cooperative's name and whether it is suspended.
     */
    public record OrderParties(String buyerName, String deliveryAddress, String cooperativeName,
                               boolean cooperativeSuspended) {
    }

    /** How the bureau reaches a cooperative: its first account. */
    public record Contact(String username, String displayName, String email, String phone) {
    }

    public Optional<CooperativeParty> cooperative(long id) {
        Cooperative c = em.find(Cooperative.class, id);
        return c == null ? Optional.empty() : Optional.of(new CooperativeParty(c.getId(), c.getName(), c.getCounty(),
                c.isVerified(), c.isSuspended(), c.getCreatedAt()));
    }

    public Optional<AccountParty> account(long id) {
        Account a = em.find(Account.class, id);
        return a == null ? Optional.empty() : Optional.of(new AccountParty(a.getId(), a.getUsername(),
                a.publicName(), a.isSuspended()));
    }

    /**
     * The buyer and the cooperative of an order being placed, read in one statement of only the columns an order
     * needs, instead of an entity each. Read after the listing's row is locked, so that a suspension of the
     * cooperative is seen or waits for the order. Empty when either is unknown (accounts are never deleted, so for a
     * signed-in buyer: when the cooperative is).
     */
    public Optional<OrderParties> orderParties(long buyerId, long cooperativeId) {
        List<?> rows = em.createNativeQuery("SELECT ac.NAME, a.ORGANIZATION, a.DISPLAY_NAME, a.DELIVERY_ADDRESS, "
                        + "c.NAME, c.SUSPENDED FROM COOPERATIVE c JOIN ACCOUNT a ON a.ID = ? "
                        + "LEFT JOIN COOPERATIVE ac ON ac.ID = a.COOPERATIVE_ID WHERE c.ID = ?")
                .setParameter(1, buyerId).setParameter(2, cooperativeId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new OrderParties(publicName((String) r[0], (String) r[1], (String) r[2]), (String) r[3],
                (String) r[4], Boolean.TRUE.equals(r[5])));
    }

    /** An account's default delivery address, if it has one. */
    public Optional<String> deliveryAddress(long accountId) {
        Account a = em.find(Account.class, accountId);
        return a == null ? Optional.empty() : Optional.ofNullable(a.getDeliveryAddress());
    }

    /** How the other party of an order reaches this account: its public name, contact name, phone and e-mail. */
    public Optional<Counterparty> accountCounterparty(long accountId) {
        Account a = em.find(Account.class, accountId);
        return a == null ? Optional.empty()
                : Optional.of(new Counterparty(a.publicName(), a.getDisplayName(), a.getPhone(), a.getEmail()));
    }

    /** How the other party of an order reaches this cooperative: its name and its first account's contact details. */
    public Optional<Counterparty> cooperativeCounterparty(long cooperativeId) {
        Optional<CooperativeParty> cooperative = cooperative(cooperativeId);
        if (cooperative.isEmpty()) {
            return Optional.empty();
        }
        Optional<Contact> contact = contact(cooperativeId);
        return Optional.of(new Counterparty(cooperative.get().name(),
                contact.map(Contact::displayName).orElse(null), contact.map(Contact::phone).orElse(null),
                contact.map(Contact::email).orElse(null)));
    }

    /** A party of an order as the other party sees it from confirmation on. */
    public record Counterparty(String name, String contactName, String phone, String email) {
    }

    /** The names pages show for these usernames (display names; "system" and unknown ones stay as they are). */
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        List<String> keys = usernames.stream().filter(u -> u != null).map(Account::key).distinct().toList();
        if (keys.isEmpty()) {
            return names;
        }
        em.createQuery("SELECT a FROM Account a WHERE a.usernameKey IN :keys", Account.class)
                .setParameter("keys", keys).getResultStream()
                .forEach(a -> names.put(a.getUsernameKey(), a.getDisplayName()));
        Map<String, String> byGiven = new HashMap<>();
        for (String u : usernames) {
            if (u != null) {
                byGiven.put(u, names.getOrDefault(Account.key(u), u));
            }
        }
        return byGiven;
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

    /**
     * Every suspended cooperative's id, in order; empty when more than {@code most} are suspended, so that a caller
     * can test a list of ids against them instead of reading the cooperative of each row it scans.
     */
    public Optional<List<Long>> allSuspendedCooperatives(int most) {
        // every search of every visitor asks, and a suspension moves the data version, which forgets it
        return cache.get(List.of("accounts.suspended-cooperatives", most), () -> {
            List<Long> ids = em.createQuery("SELECT c.id FROM Cooperative c WHERE c.suspended = TRUE ORDER BY c.id",
                    Long.class).setMaxResults(most + 1).getResultList();
            return ids.size() > most ? Optional.empty() : Optional.of(List.copyOf(ids));
        });
    }

    /** Which of these accounts are suspended (the account itself, not its cooperative). */
    public Set<Long> suspendedAccounts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT a.id FROM Account a WHERE a.suspended = TRUE AND a.id IN :ids",
                Long.class).setParameter("ids", ids).getResultList());
    }

    /**
     * Names and standing of these cooperatives, read in one query (for lists of listings and contracts, and for the
     * decisions on a listing, which must see a suspension or verification at once).
     */
    public Map<Long, CooperativeParty> cooperatives(Collection<Long> ids) {
        Map<Long, CooperativeParty> found = new HashMap<>();
        for (Object row : in("SELECT ID, NAME, COUNTY, VERIFIED, SUSPENDED, CREATED_AT FROM COOPERATIVE WHERE ID IN ",
                ids)) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            found.put(id, new CooperativeParty(id, (String) r[1], (String) r[2], Boolean.TRUE.equals(r[3]),
                    Boolean.TRUE.equals(r[4]), instant(r[5])));
        }
        return found;
    }

    /** Public names and standing of these accounts, read in one query (for lists of demands). */
    public Map<Long, AccountParty> accounts(Collection<Long> ids) {
        Map<Long, AccountParty> found = new HashMap<>();
        for (Object row : in("SELECT a.ID, a.USERNAME, a.ORGANIZATION, a.DISPLAY_NAME, a.SUSPENDED, c.NAME FROM ACCOUNT a "
                + "LEFT JOIN COOPERATIVE c ON c.ID = a.COOPERATIVE_ID WHERE a.ID IN ", ids)) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            found.put(id, new AccountParty(id, (String) r[1], publicName((String) r[5], (String) r[2], (String) r[3]),
                    Boolean.TRUE.equals(r[4])));
        }
        return found;
    }

    /** As {@code Account.publicName()}: its cooperative's name, else its organisation, else its display name. */
    private static String publicName(String cooperative, String organization, String displayName) {
        return cooperative != null ? cooperative
                : organization != null && !organization.isBlank() ? organization : displayName;
    }

    private static Instant instant(Object timestamp) {
        return timestamp instanceof java.sql.Timestamp t ? t.toInstant() : null;
    }

    private List<?> in(String sql, Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery(sql + distinct.stream().map(id -> "?")
                .collect(Collectors.joining(",", "(", ")")));
        for (int i = 0; i < distinct.size(); i++) {
            query.setParameter(i + 1, distinct.get(i));
        }
        return query.getResultList();
    }
}
