package coop.harvest.contracts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.contracts.control.ContractFlow.Action;
import org.junit.jupiter.api.Test;

/** The state machines of offers, contracts and deliveries. */
class ContractFlowTest {

    @Test
    void offers() {
        assertTrue(Action.CLOSE_OFFER.allowedFrom("OPEN"));
        assertEquals("CLOSED", Action.CLOSE_OFFER.target());
        assertTrue(Action.REOPEN_OFFER.allowedFrom("CLOSED"));
        assertFalse(Action.REOPEN_OFFER.allowedFrom("WITHDRAWN"));
        assertTrue(Action.WITHDRAW_OFFER.allowedFrom("OPEN"));
        assertTrue(Action.WITHDRAW_OFFER.allowedFrom("CLOSED"));
        assertFalse(Action.WITHDRAW_OFFER.allowedFrom("WITHDRAWN"));
    }

    @Test
    void contracts() {
        assertTrue(Action.ACCEPT.allowedFrom("PROPOSED"));
        assertEquals("ACTIVE", Action.ACCEPT.target());
        for (String ended : new String[]{"ACTIVE", "DECLINED", "CANCELLED", "FULFILLED", "TERMINATED"}) {
            assertFalse(Action.ACCEPT.allowedFrom(ended), ended);
            assertFalse(Action.DECLINE.allowedFrom(ended), ended);
        }
        assertTrue(Action.CANCEL.allowedFrom("PROPOSED"));
        assertTrue(Action.CANCEL.allowedFrom("ACTIVE"));
        assertFalse(Action.CANCEL.allowedFrom("FULFILLED"));
        assertTrue(Action.TERMINATE.allowedFrom("ACTIVE"));
        assertFalse(Action.TERMINATE.allowedFrom("TERMINATED"));
        assertFalse(Action.TERMINATE.allowedFrom("CANCELLED"));
        assertTrue(Action.FULFIL.allowedFrom("ACTIVE"));
        assertFalse(Action.FULFIL.allowedFrom("TERMINATED"));
    }

    @Test
    void deliveries() {
        assertTrue(Action.SHIP.allowedFrom("SCHEDULED"));
        assertTrue(Action.SHIP.allowedFrom("LATE"));
        assertFalse(Action.SHIP.allowedFrom("SHIPPED"));
        assertFalse(Action.SHIP.allowedFrom("CANCELLED"));
        assertTrue(Action.MARK_LATE.allowedFrom("SCHEDULED"));
        assertFalse(Action.MARK_LATE.allowedFrom("SHIPPED"));
        assertTrue(Action.RECEIVE.allowedFrom("SHIPPED"));
        assertFalse(Action.RECEIVE.allowedFrom("SCHEDULED"));
        assertTrue(Action.DISPUTE.allowedFrom("SHIPPED"));
        assertTrue(Action.DISPUTE.allowedFrom("RECEIVED"));
        assertTrue(Action.CANCEL_DELIVERY.allowedFrom("LATE"));
        assertFalse(Action.CANCEL_DELIVERY.allowedFrom("SHIPPED"));
    }

    @Test
    void orderStatusesSettleDeliveries() {
        assertEquals(Action.RECEIVE, ContractFlow.settling("COMPLETED"));
        assertEquals(Action.DISPUTE, ContractFlow.settling("DISPUTED"));
        assertNull(ContractFlow.settling("SHIPPED"));
        assertNull(ContractFlow.settling("CANCELLED"));
    }
}
