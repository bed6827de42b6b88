package coop.harvest.orders.control;

import coop.harvest.orders.entity.OrderStatus;
import java.util.Set;

/** What a party may do to an order, from which states, and where it leads. */
public enum OrderAction {
    CONFIRM(Party.COOPERATIVE, OrderStatus.CONFIRMED, Set.of(OrderStatus.PENDING_CONFIRMATION), false),
    DECLINE(Party.COOPERATIVE, OrderStatus.DECLINED, Set.of(OrderStatus.PENDING_CONFIRMATION), true),
    SHIP(Party.COOPERATIVE, OrderStatus.SHIPPED, Set.of(OrderStatus.CONFIRMED), false),
    RECEIVE(Party.BUYER, OrderStatus.COMPLETED, Set.of(OrderStatus.SHIPPED), false),
    CANCEL(Party.EITHER, OrderStatus.CANCELLED,
            Set.of(OrderStatus.PENDING_CONFIRMATION, OrderStatus.CONFIRMED), false),
    DISPUTE(Party.BUYER, OrderStatus.DISPUTED, Set.of(OrderStatus.SHIPPED, OrderStatus.COMPLETED), true),
    EXPIRE(Party.SYSTEM, OrderStatus.EXPIRED, Set.of(OrderStatus.PENDING_CONFIRMATION), false);

    /** Who may take an action. */
    public enum Party { COOPERATIVE, BUYER, EITHER, SYSTEM }

    private final Party party;
    private final OrderStatus target;
    private final Set<OrderStatus> from;
    private final boolean reasonRequired;

    OrderAction(Party party, OrderStatus target, Set<OrderStatus> from, boolean reasonRequired) {
        this.party = party;
        this.target = target;
        this.from = from;
        this.reasonRequired = reasonRequired;
    }

    public Party party() { return party; }
    public OrderStatus target() { return target; }
    public boolean reasonRequired() { return reasonRequired; }

    public boolean allowedFrom(OrderStatus current) {
        return from.contains(current);
    }

    /** Whether the order's buyer (or its cooperative) may take this action. */
    public boolean allowedFor(boolean isBuyer, boolean isCooperative) {
        return switch (party) {
            case COOPERATIVE -> isCooperative;
            case BUYER -> isBuyer;
            case EITHER -> isBuyer || isCooperative;
            case SYSTEM -> false;
        };
    }
}
