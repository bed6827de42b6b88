package coop.harvest.orders.boundary;

import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.orders.entity.OrderEvent;
import coop.harvest.orders.entity.PurchaseOrder;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Builds order views with the parties' public names and the history, oldest first. */
@Stateless
@PermitAll
public class OrderViews {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    public OrderView of(PurchaseOrder o) {
        List<HistoryEntry> history = em.createQuery("SELECT e FROM OrderEvent e WHERE e.orderId = :o "
                        + "ORDER BY e.at, e.id", OrderEvent.class)
                .setParameter("o", o.getId()).getResultStream()
                .map(e -> new HistoryEntry(e.getStatus().name(), e.getAt(), e.getActor(), e.getNote())).toList();
        return view(o, history);
    }

    /** A view of an order created in this transaction: its history is its first event, by this actor. */
    public OrderView ofNew(PurchaseOrder o, String actor) {
        return view(o, List.of(new HistoryEntry(o.getStatus().name(), o.getCreatedAt(), actor, null)));
    }

    private OrderView view(PurchaseOrder o, List<HistoryEntry> history) {
        String buyer = parties.account(o.getBuyerId()).map(PartyDirectory.AccountParty::publicName).orElse("");
        String cooperative = parties.cooperative(o.getCooperativeId()).map(PartyDirectory.CooperativeParty::name)
                .orElse("");
        return new OrderView(o.getId(), o.getListingId(), o.getDemandId(),
                new PartyView(o.getBuyerId(), buyer),
                new PartyView(o.getCooperativeId(), cooperative),
                o.getProduct(), o.getQuantity(), o.getUnitPrice(), o.getTotal(), o.getStatus().name(),
                o.getCreatedAt(), o.getConfirmBy(), history, o.getVersion(), o.getContractId(),
                o.getDeliveryNumber());
    }
}
