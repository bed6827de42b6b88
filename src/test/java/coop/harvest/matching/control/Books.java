package coop.harvest.matching.control;

import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Certifications;
import coop.harvest.vocabulary.Grade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** Builders of listings and demands for the matching rule tests. */
final class Books {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");

    private Books() {
    }

    static ListingTerms listing(long id, String price, String available, String min, int ageRank) {
        return new ListingTerms(id, "kiwi", Grade.FIRST, Certifications.of(Certification.GREEN_FOOD), new BigDecimal(price),
                new BigDecimal(available), new BigDecimal(min), TODAY.minusDays(5), TODAY.plusDays(30), true, false,
                T0.plusSeconds(ageRank));
    }

    static DemandTerms demand(String quantity, String maxPrice, boolean allowPartial) {
        return new DemandTerms(100, "kiwi", Grade.SECOND, Certifications.of(), new BigDecimal(quantity), BigDecimal.ZERO,
                new BigDecimal(maxPrice), TODAY.plusDays(10), allowPartial, true, false, Set.of(), T0);
    }
}
