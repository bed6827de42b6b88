package coop.harvest.orders.boundary;

import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.catalog.boundary.Catalog;
import coop.harvest.catalog.boundary.CatalogProduct;
import coop.harvest.notifications.boundary.Notice;
import coop.harvest.notifications.boundary.Notifier;
import coop.harvest.orders.entity.PurchaseOrder;
import coop.harvest.platform.MarketDay;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/** Tells an order's buyer and cooperative what happened to it, in the order's transaction; both in one statement. */
@Dependent
public class OrderNotices {

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Notifier notifier;

    @Inject
    Catalog catalog;

    @Inject
    PartyDirectory parties;

    /**
     * A new order: "created" for a direct purchase, "matched" for one matching made for a demand. {@code parties}
     * are its parties when the order's transaction has read them already (a direct order), or null.
     */
    void created(PurchaseOrder order, PartyDirectory.OrderParties parties) {
        boolean direct = order.getDemandId() == null;
        String kind = direct ? "created" : "matched";
        String type = direct ? "ORDER_CREATED" : "MATCH";
        Object[] args = parties == null ? args(order, null)
                : named(order, null, parties.cooperativeName(), parties.buyerName());
        String link = OrderBook.link(order);
        notifier.tell(Notice.toAccount(order.getBuyerId(), type, "order." + kind + ".buyer", args, link),
                Notice.toCooperative(order.getCooperativeId(), type, "order." + kind + ".cooperative", args, link));
    }

    /** Tells both parties of an order something about it (a new state, a suspension of its listing). */
    public void tellParties(PurchaseOrder order, String type, String messageKey, String note) {
        Object[] args = args(order, note);
        String link = OrderBook.link(order);
        notifier.tell(Notice.toAccount(order.getBuyerId(), type, messageKey, args, link),
                Notice.toCooperative(order.getCooperativeId(), type, messageKey, args, link));
    }

    /** Tells the order's buyer only (the cooperative recorded the payment, replied to the review...). */
    public void tellBuyer(PurchaseOrder order, String type, String messageKey, String note, Object... extra) {
        notifier.notify(order.getBuyerId(), type, messageKey, args(order, note, extra), OrderBook.link(order));
    }

    /** Tells the order's cooperative only (the buyer reviewed the order...). */
    public void tellCooperative(PurchaseOrder order, String type, String messageKey, String note, Object... extra) {
        notifier.notifyCooperative(order.getCooperativeId(), type, messageKey, args(order, note, extra),
                OrderBook.link(order));
    }

    private Object[] args(PurchaseOrder order, String note, Object... extra) {
        Object[] base = args(order, note);
        Object[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    /**
     * Message arguments (then any extra ones from {9} on): {0} id, {1} quantity, {2} product (per language),
     * {3} cooperative, {4} note, {5} total, {6} confirmation deadline (market time), {7} unit price, {8} buyer.
     */
    private Object[] args(PurchaseOrder order, String note) {
        String cooperative = parties.cooperative(order.getCooperativeId()).map(PartyDirectory.CooperativeParty::name)
                .orElse("");
        String buyer = parties.account(order.getBuyerId()).map(PartyDirectory.AccountParty::publicName).orElse("");
        return named(order, note, cooperative, buyer);
    }

    private Object[] named(PurchaseOrder order, String note, String cooperative, String buyer) {
        Optional<CatalogProduct> product = catalog.product(order.getProduct());
        Map<String, String> productName = Map.of(
                "zh", product.map(p -> p.name("zh")).orElse(order.getProduct()),
                "en", product.map(p -> p.name("en")).orElse(order.getProduct()));
        String deadline = DEADLINE.format(order.getConfirmBy().atZone(MarketDay.zone()));
        return new Object[] {String.valueOf(order.getId()), OrderBook.plain(order.getQuantity()), productName,
                cooperative, note == null || note.isBlank() ? "—" : note.strip(),
                order.getTotal().toPlainString(), deadline, order.getUnitPrice().toPlainString(), buyer};
    }

}
