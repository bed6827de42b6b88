package coop.harvest.accounts.boundary;

import coop.harvest.audit.boundary.AuditLog;
import coop.harvest.platform.Dates;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Whether a buyer and a cooperative may be one party: a member account of the cooperative shares the buyer's e-mail
 * address or phone number, or staff have linked the accounts. Trades between related parties are not market trades.
 */
@Stateless
@PermitAll
public class AccountRelations {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    /** True when the buyer and (a member of) the cooperative share contact details or are linked by staff. */
    public boolean related(long buyerAccountId, long cooperativeId) {
        List<?> buyer = em.createNativeQuery("SELECT EMAIL, PHONE FROM ACCOUNT WHERE ID = ?")
                .setParameter(1, buyerAccountId).getResultList();
        if (buyer.isEmpty()) {
            return false;
        }
        Object[] contact = (Object[]) buyer.get(0);
        String email = email(contact[0]);
        String phone = phone(contact[1]);
        @SuppressWarnings("unchecked")
        List<Object[]> members = em.createNativeQuery("SELECT ID, EMAIL, PHONE FROM ACCOUNT WHERE COOPERATIVE_ID = ?")
                .setParameter(1, cooperativeId).getResultList();
        for (Object[] member : members) {
            if (email != null && email.equals(email(member[1])) || phone != null && phone.equals(phone(member[2]))) {
                return true;
            }
            long memberId = ((Number) member[0]).longValue();
            Number links = (Number) em.createNativeQuery("SELECT COUNT(*) FROM ACCOUNT_LINK WHERE "
                            + "ACCOUNT_ID = ? AND OTHER_ACCOUNT_ID = ? OR ACCOUNT_ID = ? AND OTHER_ACCOUNT_ID = ?")
                    .setParameter(1, buyerAccountId).setParameter(2, memberId)
                    .setParameter(3, memberId).setParameter(4, buyerAccountId).getSingleResult();
            if (links.longValue() > 0) {
                return true;
            }
        }
        return false;
    }

    /** Staff record that two accounts act for one party (audited); 404 unknown account, 409 linked already. */
    @RolesAllowed("STAFF")
    public AccountLinkView link(long accountId, long otherAccountId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "is required");
        }
        if (accountId == otherAccountId) {
            throw ProblemException.invalid("otherAccountId", "must be another account");
        }
        for (long id : new long[] {accountId, otherAccountId}) {
            if (em.createNativeQuery("SELECT ID FROM ACCOUNT WHERE ID = ?").setParameter(1, id).getResultList()
                    .isEmpty()) {
                throw ProblemException.notFound("Account " + id);
            }
        }
        long low = Math.min(accountId, otherAccountId);
        long high = Math.max(accountId, otherAccountId);
        if (!em.createNativeQuery("SELECT ID FROM ACCOUNT_LINK WHERE ACCOUNT_ID = ? AND OTHER_ACCOUNT_ID = ?")
                .setParameter(1, low).setParameter(2, high).getResultList().isEmpty()) {
            throw ProblemException.conflict("These accounts are linked already");
        }
        String actor = currentUser.require().username();
        Instant now = Dates.now();
        em.createNativeQuery("INSERT INTO ACCOUNT_LINK (ACCOUNT_ID, OTHER_ACCOUNT_ID, REASON, CREATED_BY, CREATED_AT) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, low).setParameter(2, high).setParameter(3, reason.strip())
                .setParameter(4, actor).setParameter(5, Timestamp.from(now)).executeUpdate();
        audit.record(actor, "ACCOUNTS_LINKED", "ACCOUNT", accountId, "with account " + otherAccountId + ": "
                + reason.strip());
        return new AccountLinkView(low, high, reason.strip(), actor, now);
    }

    private static String email(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip().toLowerCase(Locale.ROOT);
    }

    private static String phone(Object value) {
        if (value == null) {
            return null;
        }
        String digits = value.toString().replaceAll("\\D", "");
        return digits.length() < 6 ? null : digits;
    }

    /** Two accounts that staff found to act for one party. */
    public record AccountLinkView(long accountId, long otherAccountId, String reason, String createdBy,
                                  Instant createdAt) {
    }
}
