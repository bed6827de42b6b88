package coop.harvest.contracts.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A contract offer as anyone sees it. */
public record OfferView(long id, PartyRef buyer, String product, String minGrade, List<String> certifications,
                        BigDecimal totalQuantity, BigDecimal committedQuantity, PricingView pricing,
                        List<SlotView> schedule, String deliveryCounty, LocalDate commitBy, String description,
                        String status, Instant createdAt, long version) {

    /** What cooperatives may still commit. */
    public BigDecimal remaining() {
        return totalQuantity.subtract(committedQuantity);
    }
}
