package coop.harvest.contracts.boundary;

import coop.harvest.contracts.control.ContractFlow;
import coop.harvest.contracts.entity.ContractDelivery;
import coop.harvest.contracts.entity.ContractStatus;
import coop.harvest.contracts.entity.DeliveryStatus;
import coop.harvest.contracts.entity.FarmContract;
import coop.harvest.notifications.boundary.Notifier;
import coop.harvest.orders.boundary.ContractOrderSettled;
import coop.harvest.platform.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The buyer received or disputed a delivery's order (with the order actions): the delivery follows, in the same
 * transaction, and a contract whose deliveries are all RECEIVED is FULFILLED.
 */
@ApplicationScoped
public class ContractSettlement {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    ContractLedger ledger;

    void settled(@Observes ContractOrderSettled event) {
        ContractFlow.Action action = ContractFlow.settling(event.status());
        if (action == null) {
            return;
        }
        FarmContract contract = em.find(FarmContract.class, event.contractId(), LockModeType.PESSIMISTIC_WRITE);
        if (contract == null) {
            return;
        }
        List<ContractDelivery> deliveries = ledger.deliveries(contract.getId());
        ContractDelivery delivery = deliveries.stream().filter(d -> d.getNumber() == event.deliveryNumber())
                .findFirst().orElse(null);
        if (delivery == null || !action.allowedFrom(delivery.getStatus().name())) {
            return;
        }
        delivery.moveTo(DeliveryStatus.valueOf(action.target()));
        Object[] args = {contract.getId(), event.deliveryNumber()};
        if (action == ContractFlow.Action.RECEIVE) {
            notifier.notifyCooperative(contract.getCooperativeId(), "CONTRACT_DELIVERY_RECEIVED", "contracts.received",
                    args, ContractLedger.COOP_PAGE);
            if (contract.getStatus() == ContractStatus.ACTIVE
                    && deliveries.stream().allMatch(d -> d.getStatus() == DeliveryStatus.RECEIVED)) {
                contract.moveTo(ContractStatus.FULFILLED, null, Dates.now());
                notifier.notifyCooperative(contract.getCooperativeId(), "CONTRACT_FULFILLED", "contracts.fulfilled",
                        new Object[]{contract.getId()}, ContractLedger.COOP_PAGE);
                notifier.notify(contract.getBuyerId(), "CONTRACT_FULFILLED", "contracts.fulfilled",
                        new Object[]{contract.getId()}, ContractLedger.BUYER_PAGE);
            }
        } else {
            notifier.notifyCooperative(contract.getCooperativeId(), "CONTRACT_DELIVERY_DISPUTED", "contracts.disputed",
                    args, ContractLedger.COOP_PAGE);
        }
        em.flush();
    }
}
