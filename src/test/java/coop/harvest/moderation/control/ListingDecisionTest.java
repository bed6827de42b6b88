package coop.harvest.moderation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.listings.boundary.ListingStatus;
import java.math.BigDecimal;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ListingDecisionTest {

    @Test
    void eachDecisionStartsOnlyFromItsStatuses() {
        assertEquals(EnumSet.of(ListingStatus.PENDING_REVIEW), allowed(ListingDecision.APPROVE));
        assertEquals(EnumSet.of(ListingStatus.PENDING_REVIEW), allowed(ListingDecision.REJECT));
        assertEquals(EnumSet.of(ListingStatus.ACTIVE, ListingStatus.SOLD_OUT), allowed(ListingDecision.SUSPEND));
        assertEquals(EnumSet.of(ListingStatus.SUSPENDED), allowed(ListingDecision.REINSTATE));
    }

    @Test
    void approvingOrReinstatingWithNothingLeftIsSoldOut() {
        assertEquals(ListingStatus.ACTIVE, ListingDecision.APPROVE.outcome(new BigDecimal("5.000")));
        assertEquals(ListingStatus.SOLD_OUT, ListingDecision.REINSTATE.outcome(BigDecimal.ZERO));
        assertEquals(ListingStatus.REJECTED, ListingDecision.REJECT.outcome(BigDecimal.TEN));
        assertEquals(ListingStatus.SUSPENDED, ListingDecision.SUSPEND.outcome(BigDecimal.TEN));
    }

    @Test
    void onlyApprovalAndReinstatementOpenForMatchingAndOnlyTheOthersNeedReasons() {
        for (ListingDecision d : ListingDecision.values()) {
            boolean opens = d == ListingDecision.APPROVE || d == ListingDecision.REINSTATE;
            assertEquals(opens, d.opensForMatching(), d.name());
            assertEquals(!opens, d.needsReason(), d.name());
        }
    }

    @Test
    void reasonsAreRequiredAndTrimmed() {
        assertEquals("价格异常", Reasons.require("  价格异常 "));
        assertEquals(422, org.junit.jupiter.api.Assertions.assertThrows(coop.harvest.platform.ProblemException.class,
                () -> Reasons.require("   ")).status());
        assertTrue(Reasons.optional("note", " ") == null);
        assertFalse(Reasons.optional("note", "ok").isEmpty());
    }

    private static EnumSet<ListingStatus> allowed(ListingDecision decision) {
        EnumSet<ListingStatus> allowed = EnumSet.noneOf(ListingStatus.class);
        for (ListingStatus s : ListingStatus.values()) {
            if (decision.allowedFrom(s)) {
                allowed.add(s);
            }
        }
        return allowed;
    }
}
