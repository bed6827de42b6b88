package coop.harvest.demands.boundary;

import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Grade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A demand as the API and pages show it; the buyer appears by its organisation's public name only. */
public record DemandView(long id, BuyerRef buyer, String product, Grade minGrade, List<Certification> certifications,
                         BigDecimal quantity, BigDecimal filledQuantity, BigDecimal maxUnitPrice,
                         String deliveryCounty, LocalDate neededBy, boolean allowPartial, DemandStatus status,
                         List<Long> orderIds, Instant createdAt, long version) {

    /** The buyer as the public sees it: never its e-mail or phone. */
    public record BuyerRef(long id, String name) {
    }
}
