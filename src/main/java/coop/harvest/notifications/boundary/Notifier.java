package coop.harvest.notifications.boundary;

import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.notifications.control.MessageRenderer;
import coop.harvest.notifications.entity.Notification;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Tells an account that something happened, in the account's language. Joins the caller's transaction, so a
 * notification exists exactly when the change it reports was committed.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Notifier {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    /**
     * @param accountId  whom to tell
     * @param type       a stable type, e.g. ORDER_CREATED, ORDER_CONFIRMED, LISTING_REJECTED
     * @param messageKey key of the message in coop.harvest.notifications.messages (en and zh_CN bundles)
     * @param args       MessageFormat arguments of the message (a reason, an id, a product name...); a
     *                   {@code Map} argument holds one value per language ("zh", "en")
     * @param link       the page to open, relative to the site root, e.g. /order.xhtml?id=5
     */
    public void notify(long accountId, String type, String messageKey, Object[] args, String link) {
        parties.locale(accountId)
                .ifPresent(locale -> write(accountId, locale.orElse(null), type, messageKey, args, link));
    }

    /** Tells every account of a cooperative (its members and their languages read in one query). */
    public void notifyCooperative(long cooperativeId, String type, String messageKey, Object[] args, String link) {
        parties.membersWithLocale(cooperativeId)
                .forEach((member, locale) -> write(member, locale, type, messageKey, args, link));
    }

    private void write(long accountId, Object locale, String type, String messageKey, Object[] args, String link) {
        String language = locale == null ? "zh" : locale.toString().strip();
        em.persist(new Notification(accountId, type, MessageRenderer.render(language, messageKey, args), link));
    }
}
