package coop.harvest.orders.control;

import coop.harvest.orders.entity.OrderStatus;
import java.util.Set;

/** When a payment may be recorded and a review written or answered. */
public final class FulfilmentRules {

    private static final Set<OrderStatus> PAYABLE = Set.of(OrderStatus.CONFIRMED, OrderStatus.SHIPPED,
            OrderStatus.COMPLETED);

    private FulfilmentRules() {
    }

    /** A payment is recorded once, on an order confirmed and not cancelled or disputed. */
    public static boolean mayRecordPayment(OrderStatus status, boolean paid) {
        return !paid && PAYABLE.contains(status);
    }

    /** The buyer reviews a completed order once. */
    public static boolean mayReview(OrderStatus status, boolean reviewed) {
        return !reviewed && status == OrderStatus.COMPLETED;
    }

    /** The cooperative answers a review once. */
    public static boolean mayReply(boolean reviewed, boolean replied) {
        return reviewed && !replied;
    }
}
