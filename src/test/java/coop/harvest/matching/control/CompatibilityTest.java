package coop.harvest.matching.control;

import static coop.harvest.matching.control.Books.T0;
import static coop.harvest.matching.control.Books.TODAY;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Certifications;
import coop.harvest.vocabulary.Grade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompatibilityTest {

    private static ListingTerms listing(String product, Grade grade, Set<Certification> certs, String price,
                                        String available, LocalDate from, LocalDate until, boolean active,
                                        boolean suspended) {
        return new ListingTerms(1, product, grade, Certifications.of(certs), new BigDecimal(price), new BigDecimal(available),
                BigDecimal.ONE, from, until, active, suspended, T0);
    }

    private static ListingTerms good() {
        return listing("kiwi", Grade.FIRST, Set.of(Certification.ORGANIC, Certification.GREEN_FOOD), "18.00", "10",
                TODAY, TODAY.plusDays(10), true, false);
    }

    private static DemandTerms demand(Grade min, Set<Certification> certs, String max, LocalDate neededBy,
                                      boolean open, boolean suspended, Set<Long> excluded) {
        return new DemandTerms(9, "kiwi", min, Certifications.of(certs), new BigDecimal("50"), BigDecimal.ZERO, new BigDecimal(max),
                neededBy, true, open, suspended, excluded, T0);
    }

    private static DemandTerms goodDemand() {
        return demand(Grade.FIRST, Set.of(Certification.ORGANIC), "18.00", TODAY.plusDays(2), true, false, Set.of());
    }

    @Test
    void matchesWhenEveryRuleHolds() {
        assertTrue(Compatibility.compatible(good(), goodDemand(), TODAY));
    }

    @Test
    void needsTheSameProduct() {
        ListingTerms grape = listing("grape", Grade.FIRST, Set.of(Certification.ORGANIC), "18.00", "10", TODAY,
                TODAY, true, false);
        assertFalse(Compatibility.compatible(grape, goodDemand(), TODAY));
    }

    @Test
    void needsTheMinimumGradeOrBetter() {
        assertTrue(Compatibility.compatible(good(), demand(Grade.STANDARD, Set.of(), "18.00", TODAY, true, false,
                Set.of()), TODAY));
        assertFalse(Compatibility.compatible(good(), demand(Grade.PREMIUM, Set.of(), "18.00", TODAY, true, false,
                Set.of()), TODAY));
    }

    @Test
    void needsEveryCertificationTheDemandAsksFor() {
        assertFalse(Compatibility.compatible(good(), demand(Grade.FIRST,
                Set.of(Certification.ORGANIC, Certification.GEOGRAPHICAL_INDICATION), "18.00", TODAY, true, false,
                Set.of()), TODAY));
    }

    @Test
    void priceAtMostTheBuyersMaximum() {
        assertFalse(Compatibility.compatible(good(), demand(Grade.FIRST, Set.of(), "17.99", TODAY, true, false,
                Set.of()), TODAY));
    }

    @Test
    void listingMustBeAvailableBeforeNeededByAndStillToday() {
        ListingTerms later = listing("kiwi", Grade.FIRST, Set.of(), "10.00", "10", TODAY.plusDays(5),
                TODAY.plusDays(9), true, false);
        assertFalse(Compatibility.compatible(later, goodDemand(), TODAY));
        ListingTerms over = listing("kiwi", Grade.FIRST, Set.of(), "10.00", "10", TODAY.minusDays(9),
                TODAY.minusDays(1), true, false);
        assertFalse(Compatibility.compatible(over, demand(Grade.FIRST, Set.of(), "18.00", TODAY, true, false,
                Set.of()), TODAY));
        ListingTerms lastDay = listing("kiwi", Grade.FIRST, Set.of(), "10.00", "10", TODAY.minusDays(9), TODAY,
                true, false);
        assertTrue(Compatibility.compatible(lastDay, demand(Grade.FIRST, Set.of(), "18.00", TODAY, true, false,
                Set.of()), TODAY));
    }

    @Test
    void needsAnActiveListingWithSomethingLeftAndAnOpenDemand() {
        ListingTerms inactive = listing("kiwi", Grade.FIRST, Set.of(), "10.00", "10", TODAY, TODAY, false, false);
        ListingTerms empty = listing("kiwi", Grade.FIRST, Set.of(), "10.00", "0", TODAY, TODAY, true, false);
        DemandTerms any = demand(Grade.FIRST, Set.of(), "18.00", TODAY, true, false, Set.of());
        assertFalse(Compatibility.compatible(inactive, any, TODAY));
        assertFalse(Compatibility.compatible(empty, any, TODAY));
        assertFalse(Compatibility.compatible(good(), demand(Grade.FIRST, Set.of(), "18.00", TODAY, false, false,
                Set.of()), TODAY));
    }

    @Test
    void neitherPartyMayBeSuspended() {
        ListingTerms suspendedSeller = listing("kiwi", Grade.FIRST, Set.of(), "10.00", "10", TODAY, TODAY, true,
                true);
        assertFalse(Compatibility.compatible(suspendedSeller, goodDemand(), TODAY));
        assertFalse(Compatibility.compatible(good(), demand(Grade.FIRST, Set.of(), "18.00", TODAY, true, true,
                Set.of()), TODAY));
    }

    @Test
    void neverAgainWithAListingWhoseOrderForTheDemandFailed() {
        assertFalse(Compatibility.compatible(good(), demand(Grade.FIRST, Set.of(), "18.00", TODAY, true, false,
                Set.of(1L)), TODAY));
    }

    @Test
    void aDemandPastItsNeededByIsMatchedNoMore() {
        assertFalse(Compatibility.compatible(good(), demand(Grade.FIRST, Set.of(), "18.00", TODAY.minusDays(1),
                true, false, Set.of()), TODAY));
    }
}
