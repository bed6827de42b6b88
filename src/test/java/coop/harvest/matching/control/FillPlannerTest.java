package coop.harvest.matching.control;

import static coop.harvest.matching.control.Books.TODAY;
import static coop.harvest.matching.control.Books.demand;
import static coop.harvest.matching.control.Books.listing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FillPlannerTest {

    private static List<String> described(List<Fill> fills) {
        return fills.stream().map(f -> f.listingId() + ":" + f.quantity().stripTrailingZeros().toPlainString()
                + "@" + f.unitPrice().toPlainString()).toList();
    }

    @Test
    void takesTheCheapestListingFirst() {
        List<Fill> fills = FillPlanner.plan(demand("50", "20.00", true),
                List.of(listing(1, "18.00", "100", "1", 0), listing(2, "15.50", "100", "1", 5)), TODAY);
        assertEquals(List.of("2:50@15.50"), described(fills));
    }

    @Test
    void takesTheOlderListingFirstAtEqualPrice() {
        List<Fill> fills = FillPlanner.plan(demand("50", "20.00", true),
                List.of(listing(1, "18.00", "100", "1", 9), listing(2, "18.00", "100", "1", 3)), TODAY);
        assertEquals(List.of("2:50@18.00"), described(fills));
    }

    @Test
    void splitsAPartialFillAcrossListingsAtEachListingsPrice() {
        List<Fill> fills = FillPlanner.plan(demand("100", "20.00", true),
                List.of(listing(1, "19.00", "500", "1", 0), listing(2, "17.00", "30", "1", 1),
                        listing(3, "18.00", "40.5", "1", 2)), TODAY);
        assertEquals(List.of("2:30@17.00", "3:40.5@18.00", "1:29.5@19.00"), described(fills));
    }

    @Test
    void fillsWhatThereIsWhenPartialFillsAreAllowed() {
        List<Fill> fills = FillPlanner.plan(demand("100", "20.00", true),
                List.of(listing(1, "19.00", "30", "1", 0)), TODAY);
        assertEquals(List.of("1:30@19.00"), described(fills));
    }

    @Test
    void allOrNoneDoesNothingWhenTheWalkDoesNotCoverTheDemand() {
        List<Fill> fills = FillPlanner.plan(demand("100", "20.00", false),
                List.of(listing(1, "19.00", "30", "1", 0), listing(2, "18.00", "60", "1", 1)), TODAY);
        assertTrue(fills.isEmpty());
    }

    @Test
    void allOrNoneAppliesTheWholeWalkWhenItCoversTheDemand() {
        List<Fill> fills = FillPlanner.plan(demand("100", "20.00", false),
                List.of(listing(1, "19.00", "50", "1", 0), listing(2, "18.00", "60", "1", 1)), TODAY);
        assertEquals(List.of("2:60@18.00", "1:40@19.00"), described(fills));
    }

    @Test
    void skipsAFillBelowTheListingsMinimumOrderAndGoesOn() {
        // after 95 from listing 1, 5 remain: listing 2 needs 10 at least, listing 3 accepts 5
        List<Fill> fills = FillPlanner.plan(demand("100", "20.00", true),
                List.of(listing(1, "10.00", "95", "1", 0), listing(2, "11.00", "100", "10", 1),
                        listing(3, "12.00", "100", "5", 2)), TODAY);
        assertEquals(List.of("1:95@10.00", "3:5@12.00"), described(fills));
    }

    @Test
    void skipsAListingWhoseAvailableIsBelowItsMinimumOrder() {
        List<Fill> fills = FillPlanner.plan(demand("100", "20.00", true),
                List.of(listing(1, "10.00", "3", "5", 0), listing(2, "11.00", "100", "1", 1)), TODAY);
        assertEquals(List.of("2:100@11.00"), described(fills));
    }

    @Test
    void aDemandThatCrossesNothingGetsNothing() {
        List<Fill> fills = FillPlanner.plan(demand("100", "9.99", true),
                List.of(listing(1, "10.00", "300", "1", 0)), TODAY);
        assertTrue(fills.isEmpty());
    }

    @Test
    void neverFillsBeyondWhatTheDemandStillNeeds() {
        DemandTerms partlyFilled = new DemandTerms(7, "kiwi", coop.harvest.vocabulary.Grade.SECOND,
                coop.harvest.vocabulary.Certifications.of(),
                new BigDecimal("100"), new BigDecimal("80"), new BigDecimal("20.00"), TODAY.plusDays(3), true, true,
                false, Set.of(), Books.T0);
        List<Fill> fills = FillPlanner.plan(partlyFilled, List.of(listing(1, "10.00", "300", "1", 0)), TODAY);
        assertEquals(List.of("1:20@10.00"), described(fills));
    }

    @Test
    void ignoresIncompatibleListingsInTheWalk() {
        DemandTerms excluding = new DemandTerms(7, "kiwi", coop.harvest.vocabulary.Grade.SECOND,
                coop.harvest.vocabulary.Certifications.of(),
                new BigDecimal("10"), BigDecimal.ZERO, new BigDecimal("20.00"), TODAY.plusDays(3), true, true,
                false, Set.of(1L), Books.T0);
        List<Fill> fills = FillPlanner.plan(excluding,
                List.of(listing(1, "10.00", "300", "1", 0), listing(2, "12.00", "300", "1", 1)), TODAY);
        assertEquals(List.of("2:10@12.00"), described(fills));
    }
}
