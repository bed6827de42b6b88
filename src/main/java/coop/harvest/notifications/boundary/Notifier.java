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
import java.util.Map;

/**
 * Tells an account that something happened; the text is rendered in the reader's language when read. Joins the caller's transaction, so a
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

    @Inject
    NotificationTexts texts;

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

    /**
     * Stores the message as its key and arguments, rendered in the reader's language when read; the text in the
     * account's language of now is kept too (shown if the arguments are too long to keep).
     */
    private void write(long accountId, Object locale, String type, String messageKey, Object[] args, String link) {
        String language = locale == null ? "zh" : locale.toString().strip();
        em.persist(new Notification(accountId, type, MessageRenderer.render(language, messageKey, args, texts::name),
                messageKey, NotificationArgs.encode(args), link));
    }

    /** An argument that names a product by its code, in the reader's language. */
    public static Map<String, String> product(String code) {
        return Map.of("product", code == null ? "" : code);
    }

    /** An argument that names a county (its Chinese name or code), in the reader's language. */
    public static Map<String, String> county(String county) {
        return Map.of("county", county == null ? "" : county);
    }

    /** An argument that names a certification (GREEN_FOOD, ORGANIC...), in the reader's language. */
    public static Map<String, String> certification(String certification) {
        return Map.of("certification", certification == null ? "" : certification);
    }
}
