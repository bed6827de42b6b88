package coop.harvest.contracts.control;

import java.util.Map;
import java.util.Set;

/**
 * The state machines of order farming, by status name: which action moves an offer, a contract or a delivery from
 * where to where. The boundary answers 409 for an action this refuses.
 */
public final class ContractFlow {

    /** An action on an offer, a contract or a delivery, with the statuses it may start from and where it leads. */
    public enum Action {
        CLOSE_OFFER(Set.of("OPEN"), "CLOSED"),
        REOPEN_OFFER(Set.of("CLOSED"), "OPEN"),
        WITHDRAW_OFFER(Set.of("OPEN", "CLOSED"), "WITHDRAWN"),
        ACCEPT(Set.of("PROPOSED"), "ACTIVE"),
        DECLINE(Set.of("PROPOSED"), "DECLINED"),
        CANCEL(Set.of("PROPOSED", "ACTIVE"), "CANCELLED"),
        TERMINATE(Set.of("PROPOSED", "ACTIVE"), "TERMINATED"),
        FULFIL(Set.of("ACTIVE"), "FULFILLED"),
        SHIP(Set.of("SCHEDULED", "LATE"), "SHIPPED"),
        MARK_LATE(Set.of("SCHEDULED"), "LATE"),
        RECEIVE(Set.of("SHIPPED"), "RECEIVED"),
        DISPUTE(Set.of("SHIPPED", "RECEIVED"), "DISPUTED"),
        CANCEL_DELIVERY(Set.of("SCHEDULED", "LATE"), "CANCELLED");

        private final Set<String> from;
        private final String target;

        Action(Set<String> from, String target) {
            this.from = from;
            this.target = target;
        }

        public boolean allowedFrom(String status) {
            return from.contains(status);
        }

        public String target() {
            return target;
        }
    }

    /** Order statuses that settle a delivery, and the delivery action each one means. */
    private static final Map<String, Action> SETTLING = Map.of("COMPLETED", Action.RECEIVE, "DISPUTED", Action.DISPUTE);

    private ContractFlow() {
    }

    /** The delivery action an order's new status means, or null when it means none. */
    public static Action settling(String orderStatus) {
        return SETTLING.get(orderStatus);
    }
}
