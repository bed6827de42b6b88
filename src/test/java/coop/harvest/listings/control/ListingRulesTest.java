package coop.harvest.listings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.listings.boundary.ListingStatus;
import coop.harvest.platform.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final ListingTerms VALID = new ListingTerms(new BigDecimal("500"), new BigDecimal("20"),
            new BigDecimal("86.50"), TODAY, TODAY.plusDays(30), "头茬金银花");

    private static List<String> fields(ListingTerms terms) {
        return ListingRules.check(terms, TODAY).stream().map(FieldError::field).toList();
    }

    private static ListingTerms quantities(String quantity, String min) {
        return new ListingTerms(new BigDecimal(quantity), new BigDecimal(min), VALID.unitPrice(),
                VALID.availableFrom(), VALID.availableUntil(), null);
    }

    private static ListingTerms price(String price) {
        return new ListingTerms(VALID.quantity(), VALID.minOrderQuantity(), new BigDecimal(price),
                VALID.availableFrom(), VALID.availableUntil(), null);
    }

    private static ListingTerms dates(LocalDate from, LocalDate until) {
        return new ListingTerms(VALID.quantity(), VALID.minOrderQuantity(), VALID.unitPrice(), from, until, null);
    }

    @Test
    void validTermsPass() {
        assertEquals(List.of(), fields(VALID));
        assertEquals(List.of(), fields(quantities("1000000", "1000000")), "the ceiling itself is allowed");
        assertEquals(List.of(), fields(quantities("0.001", "0.001")), "a gram is allowed");
        assertEquals(List.of(), fields(dates(TODAY.minusDays(10), TODAY)), "a listing may end today");
    }

    @Test
    void quantitiesArePositiveBoundedAndInGrams() {
        assertEquals(List.of("quantity", "minOrderQuantity"), fields(quantities("0", "0")));
        assertEquals(List.of("quantity"), fields(quantities("1000000.001", "1")));
        assertEquals(List.of("quantity"), fields(quantities("10.0001", "1")));
        assertEquals(List.of("minOrderQuantity"), fields(quantities("10", "10.5")));
        assertEquals(List.of("minOrderQuantity"), fields(quantities("10", "-1")));
    }

    @Test
    void pricesArePositiveInFen() {
        assertEquals(List.of("unitPrice"), fields(price("0")));
        assertEquals(List.of("unitPrice"), fields(price("-5")));
        assertEquals(List.of("unitPrice"), fields(price("12.345")));
        assertEquals(List.of(), fields(price("12.340")), "trailing zeros are not extra decimals");
    }

    @Test
    void datesAreOrderedAndNotPast() {
        assertEquals(List.of("availableUntil"), fields(dates(TODAY.minusDays(5), TODAY.minusDays(1))));
        assertEquals(List.of("availableUntil"), fields(dates(TODAY.plusDays(5), TODAY.plusDays(4))));
    }

    @Test
    void descriptionsAreAtMost2000Characters() {
        ListingTerms longText = new ListingTerms(VALID.quantity(), VALID.minOrderQuantity(), VALID.unitPrice(),
                TODAY, TODAY, "茶".repeat(2001));
        assertEquals(List.of("description"), fields(longText));
    }

    @Test
    void offeringMoreWidensTheOffer() {
        assertTrue(ListingRules.widensOffer(VALID, price("80.00")));
        assertFalse(ListingRules.widensOffer(VALID, price("90.00")));
        assertTrue(ListingRules.widensOffer(VALID, quantities("600", "20")));
        assertFalse(ListingRules.widensOffer(VALID, quantities("400", "20")));
        assertTrue(ListingRules.widensOffer(VALID, dates(TODAY.minusDays(1), VALID.availableUntil())));
        assertTrue(ListingRules.widensOffer(VALID, dates(TODAY, VALID.availableUntil().plusDays(1))));
        assertFalse(ListingRules.widensOffer(VALID, dates(TODAY.plusDays(1), VALID.availableUntil())));
    }

    @Test
    void lifecycleAppliesExpiryAndEditTransitions() {
        LocalDate yesterday = TODAY.minusDays(1);
        assertEquals(ListingStatus.EXPIRED, ListingLifecycle.effective(ListingStatus.ACTIVE, yesterday, TODAY));
        assertEquals(ListingStatus.ACTIVE, ListingLifecycle.effective(ListingStatus.ACTIVE, TODAY, TODAY));
        assertEquals(ListingStatus.WITHDRAWN, ListingLifecycle.effective(ListingStatus.WITHDRAWN, yesterday, TODAY));
        assertEquals(ListingStatus.PENDING_REVIEW,
                ListingLifecycle.afterEdit(ListingStatus.REJECTED, true, BigDecimal.TEN), "resubmitted for review");
        assertEquals(ListingStatus.ACTIVE, ListingLifecycle.afterEdit(ListingStatus.EXPIRED, true, BigDecimal.TEN));
        assertEquals(ListingStatus.PENDING_REVIEW,
                ListingLifecycle.afterEdit(ListingStatus.EXPIRED, false, BigDecimal.TEN));
        assertEquals(ListingStatus.SOLD_OUT, ListingLifecycle.afterEdit(ListingStatus.ACTIVE, true, BigDecimal.ZERO));
        assertEquals(ListingStatus.ACTIVE, ListingLifecycle.afterEdit(ListingStatus.SOLD_OUT, true, BigDecimal.ONE));
        assertFalse(ListingLifecycle.canEdit(ListingStatus.WITHDRAWN));
        assertFalse(ListingLifecycle.canEdit(ListingStatus.SUSPENDED));
        assertFalse(ListingLifecycle.canWithdraw(ListingStatus.EXPIRED));
        assertTrue(ListingLifecycle.canWithdraw(ListingStatus.PENDING_REVIEW));
    }

    @Test
    void searchTextHoldsBothLanguagesLowerCasedAndPatternsEscapeWildcards() {
        String text = SearchText.of("金银花", "Honeysuckle", "溆浦县诗成中药材合作社", "Sun-dried 头茬");
        assertTrue(text.contains("金银花") && text.contains("honeysuckle") && text.contains("诗成")
                && text.contains("sun-dried"), text);
        assertEquals(List.of("%金银花%", "%100\\%%", "%a\\_b%"), SearchText.patterns("  金银花 100%  A_b "));
        assertEquals(List.of(), SearchText.patterns("   "));
    }
}
