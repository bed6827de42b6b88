package coop.harvest.contracts.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.audit.boundary.AuditLog;
import coop.harvest.contracts.control.ContractFlow;
import coop.harvest.contracts.control.DeliverySplit;
import coop.harvest.contracts.control.FloorPrice;
import coop.harvest.contracts.entity.ContractDelivery;
import coop.harvest.contracts.entity.ContractOffer;
import coop.harvest.contracts.entity.ContractStatus;
import coop.harvest.contracts.entity.DeliveryStatus;
import coop.harvest.contracts.entity.FarmContract;
import coop.harvest.contracts.entity.PricingType;
import coop.harvest.contracts.entity.ScheduleSlot;
import coop.harvest.market.boundary.Market;
import coop.harvest.notifications.boundary.Notifier;
import coop.harvest.orders.boundary.OrderBook;
import coop.harvest.platform.Dates;
import coop.harvest.platform.FieldError;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import coop.harvest.vocabulary.AmountRules;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Contracts: the buyer accepts or declines proposals, the cooperative ships deliveries (each becomes an order in
 * SHIPPED through orders' boundary), either party cancels before the first shipment, staff terminate. Locks are taken
 * in the order offer, contract, deliveries.
 */
@Stateless
@PermitAll
public class Contracts {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ContractViews views;

    @Inject
    ContractLedger ledger;

    @Inject
    Notifier notifier;

    @Inject
    AuditLog audit;

    @Inject
    OrderBook orders;

    @Inject
    Market market;

    /** A buyer's contracts, a cooperative's, or all for staff; newest first. */
    public Page<ContractView> list(ContractStatus status, PageRequest page) {
        Caller caller = currentUser.require();
        StringBuilder where = new StringBuilder(" WHERE c.id IS NOT NULL");
        Long party = null;
        if (caller.isBuyer()) {
            where.append(" AND c.buyerId = :party");
            party = caller.accountId();
        } else if (caller.isCooperative()) {
            where.append(" AND c.cooperativeId = :party");
            party = caller.cooperativeId() == null ? -1L : caller.cooperativeId();
        } else if (!caller.isStaff()) {
            return page.page(List.of(), 0);
        }
        if (status != null) {
            where.append(" AND c.status = :status");
        }
        TypedQuery<FarmContract> query = em.createQuery("SELECT c FROM FarmContract c" + where
                + " ORDER BY c.createdAt DESC, c.id DESC", FarmContract.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM FarmContract c" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            if (party != null) {
                q.setParameter("party", party);
            }
            if (status != null) {
                q.setParameter("status", status);
            }
        }
        return page.page(views.contracts(query.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList()), count.getSingleResult());
    }

    /** One contract: its parties and staff; anyone else 404. */
    public ContractView get(long id) {
        return views.contract(visible(id, currentUser.require()));
    }

    /** The buyer accepts a proposal: ACTIVE, with its deliveries SCHEDULED. */
    @RolesAllowed("BUYER")
    public ContractView accept(long id) {
        Caller caller = currentUser.require();
        FarmContract contract = asBuyer(id, caller);
        ContractOffer offer = lockOffer(contract);
        em.refresh(contract, LockModeType.PESSIMISTIC_WRITE);
        requireFrom(ContractFlow.Action.ACCEPT, contract);
        contract.moveTo(ContractStatus.ACTIVE, null, Dates.now());
        List<ScheduleSlot> slots = offer.getSchedule();
        List<BigDecimal> quantities = DeliverySplit.split(contract.getQuantity(),
                slots.stream().map(ScheduleSlot::getPercent).toList());
        for (int i = 0; i < slots.size(); i++) {
            em.persist(new ContractDelivery(contract.getId(), slots.get(i).getNumber(), slots.get(i).getDue(),
                    quantities.get(i)));
        }
        em.flush();
        notifier.notifyCooperative(contract.getCooperativeId(), "CONTRACT_ACCEPTED", "contracts.accepted",
                new Object[]{id}, ContractLedger.COOP_PAGE);
        return views.contract(contract);
    }

    /** The buyer declines a proposal; its quantity is free again. */
    @RolesAllowed("BUYER")
    public ContractView decline(long id, ContractReason body) {
        Caller caller = currentUser.require();
        FarmContract contract = asBuyer(id, caller);
        String reason = reasonOf(body, false);
        ContractOffer offer = lockOffer(contract);
        em.refresh(contract, LockModeType.PESSIMISTIC_WRITE);
        requireFrom(ContractFlow.Action.DECLINE, contract);
        ledger.end(offer, contract, ContractStatus.DECLINED, reason, MarketDay.today());
        notifier.notifyCooperative(contract.getCooperativeId(), "CONTRACT_DECLINED", "contracts.declined",
                new Object[]{id, reason == null ? "" : reason}, ContractLedger.COOP_PAGE);
        return views.contract(contract);
    }

    /** Either party cancels while nothing has shipped (422 without a reason, 409 after a shipment). */
    public ContractView cancel(long id, ContractReason body) {
        Caller caller = currentUser.require();
        FarmContract contract = visible(id, caller);
        boolean buyer = caller.isBuyer() && contract.getBuyerId() == caller.accountId();
        boolean coop = caller.ownsCooperative(contract.getCooperativeId());
        if (!buyer && !coop) {
            throw ProblemException.forbidden("Only the contract's parties may cancel it");
        }
        String reason = reasonOf(body, true);
        ContractOffer offer = lockOffer(contract);
        em.refresh(contract, LockModeType.PESSIMISTIC_WRITE);
        requireFrom(ContractFlow.Action.CANCEL, contract);
        if (ledger.deliveries(id).stream().anyMatch(d -> d.getStatus().shipped())) {
            throw ProblemException.conflict("A delivery of this contract has shipped: it can no longer be cancelled");
        }
        ledger.end(offer, contract, ContractStatus.CANCELLED, reason, MarketDay.today());
        Object[] args = {id, reason};
        if (buyer) {
            notifier.notifyCooperative(contract.getCooperativeId(), "CONTRACT_CANCELLED", "contracts.cancelled", args,
                    ContractLedger.COOP_PAGE);
        } else {
            notifier.notify(contract.getBuyerId(), "CONTRACT_CANCELLED", "contracts.cancelled", args,
                    ContractLedger.BUYER_PAGE);
        }
        return views.contract(contract);
    }

    /** Staff end a contract at any time (audited); deliveries not yet shipped are cancelled. */
    @RolesAllowed("STAFF")
    public ContractView terminate(long id, ContractReason body) {
        Caller caller = currentUser.require();
        FarmContract contract = em.find(FarmContract.class, id);
        if (contract == null) {
            throw ProblemException.notFound("Contract " + id);
        }
        String reason = reasonOf(body, true);
        ContractOffer offer = lockOffer(contract);
        em.refresh(contract, LockModeType.PESSIMISTIC_WRITE);
        requireFrom(ContractFlow.Action.TERMINATE, contract);
        ledger.end(offer, contract, ContractStatus.TERMINATED, reason, MarketDay.today());
        audit.record(caller.username(), "CONTRACT_TERMINATED", "CONTRACT", id, reason);
        Object[] args = {id, reason};
        notifier.notify(contract.getBuyerId(), "CONTRACT_TERMINATED", "contracts.terminated", args,
                ContractLedger.BUYER_PAGE);
        notifier.notifyCooperative(contract.getCooperativeId(), "CONTRACT_TERMINATED", "contracts.terminated", args,
                ContractLedger.COOP_PAGE);
        return views.contract(contract);
    }

    /**
     * The cooperative ships delivery {@code number}: its price is fixed now (the floor rule for FLOOR pricing) and an
     * order in SHIPPED is created for it, which the buyer receives or disputes with the order actions.
     */
    @RolesAllowed("COOPERATIVE")
    public ContractView ship(long id, int number, @Valid @NotNull(message = "a JSON body is required") ShipBody body) {
        Caller caller = currentUser.require();
        FarmContract contract = visible(id, caller);
        if (!caller.ownsCooperative(contract.getCooperativeId())) {
            throw ProblemException.forbidden("Only the contract's cooperative ships its deliveries");
        }
        List<FieldError> errors = new ArrayList<>();
        AmountRules.quantity("quantity", body.quantity, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        em.refresh(contract, LockModeType.PESSIMISTIC_WRITE);
        ContractDelivery delivery = ledger.deliveries(id).stream().filter(d -> d.getNumber() == number).findFirst()
                .orElse(null);
        if (contract.getStatus() != ContractStatus.ACTIVE) {
            throw ProblemException.conflict("A contract that is " + contract.getStatus() + " ships nothing");
        }
        if (delivery == null) {
            throw ProblemException.notFound("Delivery " + number + " of contract " + id);
        }
        if (!ContractFlow.Action.SHIP.allowedFrom(delivery.getStatus().name())) {
            throw ProblemException.conflict("Delivery " + number + " is " + delivery.getStatus());
        }
        if (body.quantity.compareTo(delivery.getQuantity()) > 0) {
            throw ProblemException.invalid("quantity", "must be at most the delivery's quantity, "
                    + ContractOffers.plain(delivery.getQuantity()));
        }
        ContractOffer offer = em.find(ContractOffer.class, contract.getOfferId());
        BigDecimal price = price(offer, MarketDay.today());
        long orderId = orders.createForContract(id, number, contract.getBuyerId(), contract.getCooperativeId(),
                contract.getProduct(), body.quantity, price, caller.username(), null);
        delivery.ship(body.quantity, price, orderId, Dates.now());
        em.flush();
        notifier.notify(contract.getBuyerId(), "CONTRACT_DELIVERY_SHIPPED", "contracts.shipped",
                new Object[]{id, number, ContractOffers.plain(body.quantity)}, "/order.xhtml?id=" + orderId);
        return views.contract(contract);
    }

    /** The unit price of a delivery shipped today. */
    BigDecimal price(ContractOffer offer, LocalDate shipDay) {
        if (offer.getPricingType() == PricingType.FIXED) {
            return offer.getUnitPrice();
        }
        List<FloorPrice.DayTrade> trades = market.spotTrades(offer.getProduct(), FloorPrice.windowStart(shipDay),
                        FloorPrice.windowEnd(shipDay)).stream()
                .map(t -> new FloorPrice.DayTrade(t.day(), t.quantity(), t.unitPrice())).toList();
        return FloorPrice.price(offer.getFloorPrice(), shipDay, trades);
    }

    private ContractOffer lockOffer(FarmContract contract) {
        return em.find(ContractOffer.class, contract.getOfferId(), LockModeType.PESSIMISTIC_WRITE);
    }

    private FarmContract asBuyer(long id, Caller caller) {
        FarmContract contract = visible(id, caller);
        if (contract.getBuyerId() != caller.accountId()) {
            throw ProblemException.forbidden("Only the contract's buyer answers its proposal");
        }
        return contract;
    }

    private FarmContract visible(long id, Caller caller) {
        FarmContract contract = em.find(FarmContract.class, id);
        if (contract == null || !(caller.isStaff() || caller.isBuyer() && contract.getBuyerId() == caller.accountId()
                || caller.ownsCooperative(contract.getCooperativeId()))) {
            throw ProblemException.notFound("Contract " + id);
        }
        return contract;
    }

    private static void requireFrom(ContractFlow.Action action, FarmContract contract) {
        if (!action.allowedFrom(contract.getStatus().name())) {
            throw ProblemException.conflict("A contract that is " + contract.getStatus() + " cannot be "
                    + action.target().toLowerCase());
        }
    }

    private static String reasonOf(ContractReason body, boolean required) {
        String reason = body == null || body.reason == null || body.reason.isBlank() ? null : body.reason.strip();
        if (required && reason == null) {
            throw ProblemException.invalid("reason", "is required");
        }
        if (reason != null && reason.length() > 1000) {
            throw ProblemException.invalid("reason", "must be at most 1000 characters");
        }
        return reason;
    }
}
