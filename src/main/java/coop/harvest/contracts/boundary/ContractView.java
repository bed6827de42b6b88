package coop.harvest.contracts.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A contract as its parties and staff see it; {@code delivered} is the sum of shipped quantities. */
public record ContractView(long id, long offerId, PartyRef buyer, PartyRef cooperative, String product,
                           String minGrade, List<String> certifications, BigDecimal quantity, BigDecimal acreage,
                           PricingView pricing, String status, List<DeliveryView> deliveries, BigDecimal delivered,
                           String reason, Instant createdAt, long version) {
}
