package coop.harvest.orders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.orders.entity.OrderStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrderActionTest {

    private static Set<OrderStatus> from(OrderAction action) {
        return Arrays.stream(OrderStatus.values()).filter(action::allowedFrom)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrderStatus.class)));
    }

    @Test
    void theHappyPathRunsPendingConfirmedShippedCompleted() {
        assertEquals(Set.of(OrderStatus.PENDING_CONFIRMATION), from(OrderAction.CONFIRM));
        assertEquals(Set.of(OrderStatus.CONFIRMED), from(OrderAction.SHIP));
        assertEquals(Set.of(OrderStatus.SHIPPED), from(OrderAction.RECEIVE));
        assertEquals(OrderStatus.COMPLETED, OrderAction.RECEIVE.target());
    }

    @Test
    void eitherPartyMayCancelOnlyBeforeShipping() {
        assertEquals(Set.of(OrderStatus.PENDING_CONFIRMATION, OrderStatus.CONFIRMED), from(OrderAction.CANCEL));
        assertTrue(OrderAction.CANCEL.allowedFor(true, false));
        assertTrue(OrderAction.CANCEL.allowedFor(false, true));
    }

    @Test
    void confirmDeclineAndShipAreTheCooperativesReceiveAndDisputeTheBuyers() {
        for (OrderAction coop : new OrderAction[] {OrderAction.CONFIRM, OrderAction.DECLINE, OrderAction.SHIP}) {
            assertTrue(coop.allowedFor(false, true));
            assertFalse(coop.allowedFor(true, false));
        }
        for (OrderAction buyer : new OrderAction[] {OrderAction.RECEIVE, OrderAction.DISPUTE}) {
            assertTrue(buyer.allowedFor(true, false));
            assertFalse(buyer.allowedFor(false, true));
        }
        assertFalse(OrderAction.EXPIRE.allowedFor(true, true));
    }

    @Test
    void onlyFailedOrdersGiveQuantityBack() {
        assertEquals(EnumSet.of(OrderStatus.DECLINED, OrderStatus.CANCELLED, OrderStatus.EXPIRED),
                Arrays.stream(OrderStatus.values()).filter(OrderStatus::releasesQuantity)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrderStatus.class))));
    }

    @Test
    void finishedOrdersAcceptNoFurtherAction() {
        for (OrderAction action : OrderAction.values()) {
            assertFalse(action.allowedFrom(OrderStatus.DECLINED));
            assertFalse(action.allowedFrom(OrderStatus.CANCELLED));
            assertFalse(action.allowedFrom(OrderStatus.EXPIRED));
        }
    }
}
