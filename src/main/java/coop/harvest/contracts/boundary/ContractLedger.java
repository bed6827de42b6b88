package coop.harvest.contracts.boundary;

import coop.harvest.contracts.control.ContractFlow;
import coop.harvest.contracts.entity.ContractDelivery;
import coop.harvest.contracts.entity.ContractOffer;
import coop.harvest.contracts.entity.ContractStatus;
import coop.harvest.contracts.entity.DeliveryStatus;
import coop.harvest.contracts.entity.FarmContract;
import coop.harvest.platform.Dates;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Ends contracts inside a transaction that holds the offer's lock (lock order: offer, contract, deliveries): the
 * contract's quantity goes back to the offer (which opens again before its deadline) and deliveries not yet shipped
 * are cancelled.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ContractLedger {

    static final String BUYER_PAGE = "/buyer/contracts.xhtml";
    static final String COOP_PAGE = "/coop/contracts.xhtml";

    @PersistenceContext
    EntityManager em;

    public void end(ContractOffer offer, FarmContract contract, ContractStatus next, String reason, LocalDate today) {
        boolean held = contract.getStatus().holdsQuantity();
        contract.moveTo(next, reason, Dates.now());
        if (held) {
            offer.free(contract.getQuantity(), today);
        }
        for (ContractDelivery delivery : deliveries(contract.getId())) {
            if (ContractFlow.Action.CANCEL_DELIVERY.allowedFrom(delivery.getStatus().name())) {
                delivery.moveTo(DeliveryStatus.CANCELLED);
            }
        }
        em.flush();
    }

    /** The contract's deliveries, locked, in number order. */
    public List<ContractDelivery> deliveries(long contractId) {
        // Derby refuses FOR UPDATE with ORDER BY: sorted here
        return em.createQuery("SELECT d FROM ContractDelivery d WHERE d.contractId = :c", ContractDelivery.class)
                .setParameter("c", contractId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .sorted(java.util.Comparator.comparingInt(ContractDelivery::getNumber)).toList();
    }
}
