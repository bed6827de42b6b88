package coop.harvest.market.boundary;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

/** A trade kept out of the market figures, or let back in, and why. */
public record TradeReviewView(long orderId, String product, String kind, String status, String detail, String reason,
                              String decidedBy, Instant decidedAt, Instant createdAt, BigDecimal unitPrice,
                              BigDecimal quantity, long buyerId, long cooperativeId) {

    static TradeReviewView of(Object[] row) {
        return new TradeReviewView(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], instant(row[7]), instant(row[8]),
                decimal(row[9]), decimal(row[10]), ((Number) row[11]).longValue(), ((Number) row[12]).longValue());
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : null;
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
