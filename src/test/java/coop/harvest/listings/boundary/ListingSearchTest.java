package coop.harvest.listings.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ListingSearchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static final ListingQuery KIWI = new ListingQuery("kiwi", "溆浦县", Set.of(), null,
            new BigDecimal("12.50"), null, null, null, ListingQuery.Sort.PRICE);

    private static ListingSearch search(Optional<Caller> caller, Supplier<Optional<List<Long>>> suspended) {
        return new ListingSearch(KIWI, caller, TODAY, word -> Set.of(), suspended);
    }

    private static long placeholders(ListingSearch search) {
        return search.where().chars().filter(c -> c == '?').count();
    }

    @Test
    void suspendedCooperativesAreExcludedByIdWithoutReadingCooperatives() {
        ListingSearch search = search(Optional.empty(), () -> Optional.of(List.of(7L, 9L)));
        assertEquals(" FROM LISTING l", search.from());
        assertTrue(search.where().contains("l.COOPERATIVE_ID NOT IN (?,?)"), search.where());
        assertEquals(List.of(7L, 9L, java.sql.Date.valueOf(TODAY), "kiwi", "溆浦县", new BigDecimal("12.50")),
                search.params());
    }

    @Test
    void noSuspendedCooperativeNeedsNoCondition() {
        ListingSearch search = search(Optional.empty(), () -> Optional.of(List.of()));
        assertEquals(" FROM LISTING l", search.from());
        assertFalse(search.where().contains("COOPERATIVE_ID"), search.where());
        assertEquals(placeholders(search), search.params().size());
    }

    @Test
    void tooManySuspendedToListJoinsTheCooperatives() {
        ListingSearch search = search(Optional.empty(), Optional::empty);
        assertTrue(search.from().contains("JOIN COOPERATIVE c ON c.ID = l.COOPERATIVE_ID"), search.from());
        assertTrue(search.where().contains("c.SUSPENDED = FALSE"), search.where());
        assertEquals(placeholders(search), search.params().size());
    }

    @Test
    void anOwnerSeesItsOwnListingsWhateverTheirStatusAndOthersOnlyPublic() {
        Caller owner = new Caller(3, "coop", Role.COOPERATIVE, 42L, "社长", "合作社", "zh");
        ListingSearch search = search(Optional.of(owner), () -> Optional.of(List.of(5L)));
        assertTrue(search.where().startsWith(" WHERE 1 = 1 AND (l.COOPERATIVE_ID = ? OR (l.COOPERATIVE_ID NOT IN (?)"),
                search.where());
        assertEquals(List.of(42L, 5L, java.sql.Date.valueOf(TODAY)), search.params().subList(0, 3));
        assertEquals(placeholders(search), search.params().size());
    }

    @Test
    void staffSeeEverythingAndNobodyAsksWhoIsSuspended() {
        Caller staff = new Caller(1, "admin", Role.STAFF, null, "管理员", "农业局", "zh");
        ListingSearch search = search(Optional.of(staff), () -> {
            throw new AssertionError("staff searches do not read the suspended cooperatives");
        });
        assertEquals(" FROM LISTING l", search.from());
        assertEquals(List.of("kiwi", "溆浦县", new BigDecimal("12.50")), search.params());
    }
}
