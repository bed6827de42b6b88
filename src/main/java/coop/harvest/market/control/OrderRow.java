package coop.harvest.market.control;

import java.math.BigDecimal;
import java.time.Instant;

/** One order as exported: public names of both parties, never contact details. */
public record OrderRow(long id, Instant createdAt, String status, String product, String productNameZh,
                       String productNameEn, BigDecimal quantity, BigDecimal unitPrice, BigDecimal total,
                       String cooperative, String buyer, Long listingId, Long demandId, Instant confirmedAt) {
}
