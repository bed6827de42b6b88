package coop.harvest.notifications.boundary;

/**
 * What {@link Notifier#tell} stores for one account, or for every account of one cooperative.
 *
 * @param cooperative whether {@code recipient} is a cooperative (all its accounts) rather than an account
 * @param recipient   the account's or the cooperative's id (nobody is told when there is no such one)
 * @param type        a stable type, e.g. ORDER_CREATED, ORDER_CONFIRMED, LISTING_REJECTED
 * @param messageKey  key of the message in coop.harvest.notifications.messages (en and zh_CN bundles)
 * @param args        MessageFormat arguments of the message; a {@code Map} argument holds one value per language
 * @param link        the page to open, relative to the site root, e.g. /order.xhtml?id=5
 */
public record Notice(boolean cooperative, long recipient, String type, String messageKey, Object[] args,
                     String link) {

    public static Notice toAccount(long accountId, String type, String messageKey, Object[] args, String link) {
        return new Notice(false, accountId, type, messageKey, args, link);
    }

    public static Notice toCooperative(long cooperativeId, String type, String messageKey, Object[] args,
                                       String link) {
        return new Notice(true, cooperativeId, type, messageKey, args, link);
    }
}
