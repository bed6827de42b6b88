package coop.harvest.orders.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as its buyer, its cooperative and staff see it. The order of an order-farming delivery has no listing and
 * names its contract and delivery instead.
 */
public record OrderView(long id, Long listingId, Long demandId, PartyView buyer, PartyView cooperative,
                        String product, BigDecimal quantity, BigDecimal unitPrice, BigDecimal total, String status,
                        Instant createdAt, Instant confirmBy, List<HistoryEntry> history, long version,
                        Long contractId, Integer deliveryNumber) {
}
