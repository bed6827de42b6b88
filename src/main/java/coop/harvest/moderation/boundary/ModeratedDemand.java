package coop.harvest.moderation.boundary;

import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Grade;
import coop.harvest.demands.boundary.DemandRecord;
import coop.harvest.demands.boundary.DemandStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A demand post after a moderation decision: the public demand fields (its orders too) plus the status reason. */
public record ModeratedDemand(long id, BuyerRef buyer, String product, Grade minGrade,
                              Set<Certification> certifications, BigDecimal quantity, BigDecimal filledQuantity,
                              BigDecimal maxUnitPrice, String deliveryCounty, LocalDate neededBy,
                              boolean allowPartial, DemandStatus status, String statusReason, List<Long> orderIds,
                              Instant createdAt, long version) {

    /** The buyer by its public name only. */
    public record BuyerRef(long id, String name) {
    }

    static ModeratedDemand of(DemandRecord d, BuyerRef buyer, List<Long> orderIds) {
        return new ModeratedDemand(d.id(), buyer, d.product(), d.minGrade(), d.certifications().asSet(),
                d.quantity(), d.filledQuantity(), d.maxUnitPrice(), d.deliveryCounty(),
                d.neededBy(), d.allowPartial(), d.status(), d.statusReason(), orderIds, d.createdAt(),
                d.version());
    }
}
