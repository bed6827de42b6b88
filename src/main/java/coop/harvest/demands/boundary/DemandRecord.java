package coop.harvest.demands.boundary;

import coop.harvest.demands.entity.Demand;
import coop.harvest.vocabulary.Certifications;
import coop.harvest.vocabulary.Grade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A demand's row as other components read it (matching, moderation), a copy that never changes. */
public record DemandRecord(long id, long buyerId, String product, Grade minGrade, Certifications certifications,
                           BigDecimal quantity, BigDecimal filledQuantity, BigDecimal maxUnitPrice,
                           String deliveryCounty, LocalDate neededBy, boolean allowPartial, DemandStatus status,
                           String statusReason, Instant createdAt, Instant updatedAt, long version,
                           String deliveryAddress, String note) {

    static DemandRecord of(Demand d) {
        return new DemandRecord(d.getId(), d.getBuyerId(), d.getProduct(), d.getMinGrade(), d.getCertifications(),
                d.getQuantity(), d.getFilledQuantity(), d.getMaxUnitPrice(), d.getDeliveryCounty(), d.getNeededBy(),
                d.isAllowPartial(), d.getStatus(), d.getStatusReason(), d.getCreatedAt(), d.getUpdatedAt(),
                d.getVersion(), d.getDeliveryAddress(), d.getNote());
    }

    /** OPEN or PARTIALLY_FILLED: still to be matched. */
    public boolean open() {
        return status == DemandStatus.OPEN || status == DemandStatus.PARTIALLY_FILLED;
    }
}
