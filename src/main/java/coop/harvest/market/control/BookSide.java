package coop.harvest.market.control;

import java.math.BigDecimal;

/** One side of a product's order book: the best price (lowest ask or highest bid) and how many posts offer it. */
public record BookSide(BigDecimal best, long count) {
}
