package coop.harvest.market.boundary;

import java.math.BigDecimal;

/**
 * What a listing offers or a demand asks, as a text about it needs it: product, price (the listing's price or the
 * demand's maximum), quantity (still available, or still wanted) and county (the listing's, or the delivery county).
 */
public record PostedTerms(long id, String product, BigDecimal price, BigDecimal quantity, String county) {
}
