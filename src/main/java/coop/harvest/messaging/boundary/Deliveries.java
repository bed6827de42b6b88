package coop.harvest.messaging.boundary;

import coop.harvest.accounts.boundary.Authenticator;
import coop.harvest.accounts.boundary.Caller;
import coop.harvest.messaging.entity.Channel;
import coop.harvest.messaging.entity.Subscription;
import coop.harvest.messaging.entity.VerifiedPhone;
import coop.harvest.notifications.boundary.Notifier;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Tells one subscriber, in the caller's transaction and in the account's language: an SMS through the outbox to
 * the verified phone, or an in-app notification.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Deliveries {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Notifier notifier;

    @Inject
    Authenticator authenticator;

    /**
     * @param text     the text in a language ("zh" or "en")
     * @param link     the page the in-app notification opens
     * @param onlyLang when not null, only accounts reading that language are told
     * @return true when a message or notification was written
     */
    public boolean deliver(Subscription s, Function<String, String> text, String link, String onlyLang) {
        Optional<Caller> account = authenticator.callerById(s.getAccountId());
        if (account.isEmpty()) {
            return false;
        }
        String language = "en".equals(account.get().language()) ? "en" : "zh";
        if (onlyLang != null && !onlyLang.equals(language)) {
            return false;
        }
        if (s.getChannel() == Channel.IN_APP) {
            notifier.notify(s.getAccountId(), "SUBSCRIPTION", "messaging.alert",
                    new Object[]{Map.of("zh", text.apply("zh"), "en", text.apply("en"))},
                    link == null ? "/subscriptions.xhtml" : link);
            return true;
        }
        Optional<String> phone = verifiedPhone(s.getAccountId());
        if (phone.isEmpty()) {
            return false;
        }
        outbox.queueBulk(phone.get(), text.apply(language));
        return true;
    }

    /** The account's verified phone, if any. */
    public Optional<String> verifiedPhone(long accountId) {
        VerifiedPhone row = em.find(VerifiedPhone.class, accountId);
        return row != null && row.isVerified() ? Optional.of(row.getPhone()) : Optional.empty();
    }

    /** The language of the first account that verified this phone ("zh" when none did). */
    public Optional<String> languageOfPhone(String phone) {
        return em.createQuery("SELECT p.accountId FROM VerifiedPhone p WHERE p.phone = :p AND p.verifiedAt IS NOT NULL "
                        + "ORDER BY p.verifiedAt DESC", Long.class).setParameter("p", phone).setMaxResults(1)
                .getResultStream().findFirst().flatMap(authenticator::callerById)
                .map(c -> "en".equals(c.language()) ? "en" : "zh");
    }
}
