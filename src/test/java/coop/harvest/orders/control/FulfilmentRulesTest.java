package coop.harvest.orders.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.orders.entity.OrderStatus;
import org.junit.jupiter.api.Test;

class FulfilmentRulesTest {

    @Test
    void aPaymentIsRecordedOnceFromConfirmationToCompletion() {
        assertTrue(FulfilmentRules.mayRecordPayment(OrderStatus.CONFIRMED, false));
        assertTrue(FulfilmentRules.mayRecordPayment(OrderStatus.SHIPPED, false));
        assertTrue(FulfilmentRules.mayRecordPayment(OrderStatus.COMPLETED, false));
        assertFalse(FulfilmentRules.mayRecordPayment(OrderStatus.COMPLETED, true));
        for (OrderStatus s : new OrderStatus[] {OrderStatus.PENDING_CONFIRMATION, OrderStatus.DECLINED,
                OrderStatus.CANCELLED, OrderStatus.EXPIRED, OrderStatus.DISPUTED}) {
            assertFalse(FulfilmentRules.mayRecordPayment(s, false), s::name);
        }
    }

    @Test
    void aCompletedOrderIsReviewedOnceAndAnsweredOnce() {
        assertTrue(FulfilmentRules.mayReview(OrderStatus.COMPLETED, false));
        assertFalse(FulfilmentRules.mayReview(OrderStatus.COMPLETED, true));
        assertFalse(FulfilmentRules.mayReview(OrderStatus.SHIPPED, false));
        assertTrue(FulfilmentRules.mayReply(true, false));
        assertFalse(FulfilmentRules.mayReply(true, true));
        assertFalse(FulfilmentRules.mayReply(false, false));
    }
}
