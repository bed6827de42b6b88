package coop.harvest.orders.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.orders.entity.OrderEvent;
import coop.harvest.orders.entity.OrderReview;
import coop.harvest.orders.entity.PurchaseOrder;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Builds order views with the parties' public names, the history oldest first, the fulfilment (address, shipment,
 * payment, review) and, for the order's own parties from confirmation on, the other side's contact details.
 * A plain CDI bean, not a session bean: its only callers are the orders' session beans, whose transaction its entity
 * manager joins, and every order placed or acted on builds a view (one EJB invocation less on that path).
 */
@Dependent
public class OrderViews {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    /** The order as someone other than its parties sees it (staff, notices): without a counterparty. */
    public OrderView of(PurchaseOrder o) {
        return of(o, Optional.empty());
    }

    /** The order as this viewer sees it. */
    public OrderView of(PurchaseOrder o, Optional<Caller> viewer) {
        List<HistoryEntry> history = em.createQuery("SELECT e FROM OrderEvent e WHERE e.orderId = :o "
                        + "ORDER BY e.at, e.id", OrderEvent.class)
                .setParameter("o", o.getId()).getResultStream()
                .map(e -> new HistoryEntry(e.getStatus().name(), e.getAt(), e.getActor(), e.getNote(), e.getKind()))
                .toList();
        return view(o, history, viewer, em.find(OrderReview.class, o.getId()));
    }

    /**
     * A view of an order created in this transaction: its history is its first event, by this actor; its parties'
     * names as this transaction read them.
     */
    public OrderView ofNew(PurchaseOrder o, String actor, PartyDirectory.OrderParties parties) {
        return view(o, List.of(new HistoryEntry(o.getStatus().name(), o.getCreatedAt(), actor, null, null)),
                Optional.empty(), null, parties.buyerName(), parties.cooperativeName());
    }

    /** A review as the public and the order's parties see it. */
    public ReviewView review(OrderReview r) {
        String buyer = parties.account(r.getBuyerId()).map(PartyDirectory.AccountParty::publicName).orElse("");
        return new ReviewView(r.getOrderId(), r.getRating(), r.getComment(), r.getReply(), r.getCreatedAt(),
                r.getRepliedAt(), new ReviewView.Buyer(buyer));
    }

    private OrderView view(PurchaseOrder o, List<HistoryEntry> history, Optional<Caller> viewer, OrderReview review) {
        return view(o, history, viewer, review,
                parties.account(o.getBuyerId()).map(PartyDirectory.AccountParty::publicName).orElse(""),
                parties.cooperative(o.getCooperativeId()).map(PartyDirectory.CooperativeParty::name).orElse(""));
    }

    private OrderView view(PurchaseOrder o, List<HistoryEntry> history, Optional<Caller> viewer, OrderReview review,
                           String buyer, String cooperative) {
        OrderView.ShipmentView shipment = o.getCarrier() == null && o.getTrackingNumber() == null
                && o.getShippingNote() == null ? null
                : new OrderView.ShipmentView(o.getCarrier(), o.getTrackingNumber(), o.getShippingNote());
        OrderView.PaymentView payment = o.isPaid()
                ? new OrderView.PaymentView("PAID", o.getPaymentMethod().name(), o.getPaymentReference(), o.getPaidAt())
                : new OrderView.PaymentView("UNPAID", null, null, null);
        return new OrderView(o.getId(), o.getListingId(), o.getDemandId(),
                new PartyView(o.getBuyerId(), buyer),
                new PartyView(o.getCooperativeId(), cooperative),
                o.getProduct(), o.getQuantity(), o.getUnitPrice(), o.getTotal(), o.getStatus().name(),
                o.getCreatedAt(), o.getConfirmBy(), history, o.getVersion(), o.getDeliveryAddress(), o.getNote(),
                counterparty(o, viewer), shipment, payment, review == null ? null : review(review), o.getContractId(),
                o.getDeliveryNumber());
    }

    /**
     * The other side's contact details, for the order's buyer or cooperative once the order was confirmed. A
     * contract's delivery was agreed in the contract: its order starts SHIPPED and has no confirmation time of its
     * own (so no market figure counts it), and both sides see each other from the start.
     */
    private OrderView.CounterpartyView counterparty(PurchaseOrder o, Optional<Caller> viewer) {
        if ((o.getConfirmedAt() == null && o.getContractId() == null) || viewer.isEmpty()) {
            return null;
        }
        Caller caller = viewer.get();
        Optional<PartyDirectory.Counterparty> other;
        if (caller.isBuyer() && caller.accountId() == o.getBuyerId()) {
            other = parties.cooperativeCounterparty(o.getCooperativeId());
        } else if (caller.ownsCooperative(o.getCooperativeId())) {
            other = parties.accountCounterparty(o.getBuyerId());
        } else {
            other = Optional.empty();
        }
        return other.map(c -> new OrderView.CounterpartyView(c.name(), c.contactName(), c.phone(), c.email()))
                .orElse(null);
    }
}
