package coop.harvest.notifications.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Tells an account that something happened, in the account's language. Joins the caller's transaction, so a
 * notification exists exactly when the change it reports was committed.
 * <p>
 * PLACEHOLDER until the notifications part of the matching/orders issue lands: it stores nothing yet.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Notifier {

    /**
     * @param accountId  whom to tell
     * @param type       a stable type, e.g. ORDER_CREATED, ORDER_CONFIRMED, LISTING_REJECTED
     * @param messageKey key of the message in coop.harvest.notifications.messages (en and zh_CN bundles)
     * @param args       MessageFormat arguments of the message (a reason, an id, a product name...)
     * @param link       the page to open, relative to the site root, e.g. /order.xhtml?id=5
     */
    public void notify(long accountId, String type, String messageKey, Object[] args, String link) {
        // implemented by the notifications work
    }
}
