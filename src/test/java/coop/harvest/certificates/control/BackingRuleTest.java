package coop.harvest.certificates.control;

import static coop.harvest.vocabulary.Certification.GREEN_FOOD;
import static coop.harvest.vocabulary.Certification.ORGANIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.vocabulary.Certification;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackingRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    static CertificateFacts organic(long id, String product, LocalDate from, LocalDate until, boolean approved) {
        return new CertificateFacts(id, ORGANIC, "ORG-" + id, "OFDC", List.of(product), from, until, approved);
    }

    @Test
    void anApprovedCertificateOfTheTypeCoveringTheProductBacksTheClaim() {
        var held = List.of(organic(1, "kiwi", TODAY.minusYears(1), TODAY.plusYears(1), true));
        assertTrue(BackingRule.unbacked(held, "kiwi", Set.of(ORGANIC), TODAY).isEmpty());
    }

    @Test
    void anotherTypeDoesNotBack() {
        var held = List.of(organic(1, "kiwi", TODAY.minusYears(1), TODAY.plusYears(1), true));
        assertEquals(EnumSet.of(GREEN_FOOD), BackingRule.unbacked(held, "kiwi", Set.of(ORGANIC, GREEN_FOOD), TODAY));
    }

    @Test
    void anotherProductIsNotCovered() {
        var held = List.of(organic(1, "grape", TODAY.minusYears(1), TODAY.plusYears(1), true));
        assertEquals(EnumSet.of(ORGANIC), BackingRule.unbacked(held, "kiwi", Set.of(ORGANIC), TODAY));
    }

    @Test
    void aCertificateNotApprovedDoesNotBack() {
        var held = List.of(organic(1, "kiwi", TODAY.minusYears(1), TODAY.plusYears(1), false));
        assertEquals(EnumSet.of(ORGANIC), BackingRule.unbacked(held, "kiwi", Set.of(ORGANIC), TODAY));
    }

    @Test
    void validityIncludesBothEdgeDays() {
        assertTrue(BackingRule.unbacked(List.of(organic(1, "kiwi", TODAY, TODAY.plusDays(3), true)), "kiwi",
                Set.of(ORGANIC), TODAY).isEmpty(), "valid from today");
        assertTrue(BackingRule.unbacked(List.of(organic(1, "kiwi", TODAY.minusDays(3), TODAY, true)), "kiwi",
                Set.of(ORGANIC), TODAY).isEmpty(), "valid until today");
        assertTrue(BackingRule.unbacked(List.of(organic(1, "kiwi", TODAY, TODAY, true)), "kiwi",
                Set.of(ORGANIC), TODAY).isEmpty(), "valid today only");
    }

    @Test
    void validityExcludesTheDayBeforeAndTheDayAfter() {
        assertEquals(EnumSet.of(ORGANIC), BackingRule.unbacked(
                List.of(organic(1, "kiwi", TODAY.plusDays(1), TODAY.plusDays(9), true)), "kiwi", Set.of(ORGANIC),
                TODAY), "not valid yet");
        assertEquals(EnumSet.of(ORGANIC), BackingRule.unbacked(
                List.of(organic(1, "kiwi", TODAY.minusDays(9), TODAY.minusDays(1), true)), "kiwi", Set.of(ORGANIC),
                TODAY), "expired yesterday");
    }

    @Test
    void twoCertificatesBackOneClaimAndOneRevokedLeavesItBacked() {
        CertificateFacts first = organic(1, "kiwi", TODAY.minusYears(1), TODAY.plusMonths(2), true);
        CertificateFacts second = organic(2, "kiwi", TODAY.minusYears(1), TODAY.plusYears(1), true);
        assertEquals(2, BackingRule.backing(List.of(first, second), "kiwi", Set.of(ORGANIC), TODAY).size());
        CertificateFacts revoked = organic(1, "kiwi", TODAY.minusYears(1), TODAY.plusMonths(2), false);
        assertTrue(BackingRule.unbacked(List.of(revoked, second), "kiwi", Set.of(ORGANIC), TODAY).isEmpty());
        assertEquals(List.of(second), BackingRule.backing(List.of(revoked, second), "kiwi", Set.of(ORGANIC), TODAY));
        CertificateFacts secondRevoked = organic(2, "kiwi", TODAY.minusYears(1), TODAY.plusYears(1), false);
        assertEquals(EnumSet.of(ORGANIC),
                BackingRule.unbacked(List.of(revoked, secondRevoked), "kiwi", Set.of(ORGANIC), TODAY));
    }

    @Test
    void backingListsInCatalogueOrderTheLongestValidFirstPerType() {
        CertificateFacts shorter = organic(1, "kiwi", TODAY.minusYears(1), TODAY.plusMonths(2), true);
        CertificateFacts longer = organic(2, "kiwi", TODAY.minusYears(1), TODAY.plusYears(1), true);
        CertificateFacts green = new CertificateFacts(3, GREEN_FOOD, "LB-3", "CGFDC", List.of("kiwi", "grape"),
                TODAY.minusYears(1), TODAY.plusYears(2), true);
        assertEquals(List.of(green, longer, shorter), BackingRule.backing(List.of(shorter, green, longer), "kiwi",
                Set.of(ORGANIC, GREEN_FOOD), TODAY));
    }

    @Test
    void noClaimNeedsNoBacking() {
        assertTrue(BackingRule.unbacked(List.of(), "kiwi", Set.<Certification>of(), TODAY).isEmpty());
        assertTrue(BackingRule.unbacked(List.of(), "kiwi", null, TODAY).isEmpty());
    }
}
