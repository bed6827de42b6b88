package coop.harvest.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.harvest.vocabulary.Certifications;
import coop.harvest.vocabulary.Grade;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PriceTimePriorityTest {

    private static DemandTerms bid(long id, String max, int ageRank) {
        return new DemandTerms(id, "kiwi", Grade.STANDARD, Certifications.of(), BigDecimal.TEN, BigDecimal.ZERO,
                new BigDecimal(max), Books.TODAY, true, true, false, Set.of(), Books.T0.plusSeconds(ageRank));
    }

    @Test
    void servesTheHighestBidFirstAndTheOlderAtEqualPrice() {
        List<DemandTerms> ordered = PriceTimePriority.bids(List.of(bid(1, "15.00", 0), bid(2, "18.00", 5),
                bid(3, "18.00", 2), bid(4, "16.50", 1)));
        assertEquals(List.of(3L, 2L, 4L, 1L), ordered.stream().map(DemandTerms::id).toList());
    }

    @Test
    void offersCheapestThenOldestThenLowestId() {
        List<ListingTerms> ordered = PriceTimePriority.offers(List.of(Books.listing(5, "12.00", "1", "1", 0),
                Books.listing(4, "11.00", "1", "1", 3), Books.listing(3, "11.00", "1", "1", 3),
                Books.listing(2, "11.00", "1", "1", 1)));
        assertEquals(List.of(2L, 3L, 4L, 5L), ordered.stream().map(ListingTerms::id).toList());
    }
}
