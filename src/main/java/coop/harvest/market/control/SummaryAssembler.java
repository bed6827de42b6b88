package coop.harvest.market.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Joins the per-product aggregates of the order book and the trades into one row per catalogue product, so that a
 * product nobody trades still appears (with zero counts and no prices) and every number has its API scale.
 */
public final class SummaryAssembler {

    /** A catalogue product as the summary names it. */
    public record ProductName(String code, String nameZh, String nameEn, String unit) {
    }

    private static final BookSide EMPTY = new BookSide(null, 0);

    private SummaryAssembler() {
    }

    public static List<ProductSummary> assemble(List<ProductName> products, Map<String, BookSide> asks,
                                                Map<String, BookSide> bids, Map<String, BigDecimal> volumes,
                                                String language) {
        boolean chinese = language != null && language.toLowerCase().startsWith("zh");
        return products.stream().map(p -> {
            BookSide ask = asks.getOrDefault(p.code(), EMPTY);
            BookSide bid = bids.getOrDefault(p.code(), EMPTY);
            BigDecimal volume = volumes.getOrDefault(p.code(), BigDecimal.ZERO);
            return new ProductSummary(p.code(), chinese ? p.nameZh() : p.nameEn(), p.nameZh(), p.nameEn(), p.unit(),
                    money(ask.best()), money(bid.best()), ask.count(), bid.count(),
                    volume.setScale(3, RoundingMode.HALF_UP));
        }).toList();
    }

    private static BigDecimal money(BigDecimal price) {
        return price == null ? null : price.setScale(2, RoundingMode.HALF_UP);
    }
}
