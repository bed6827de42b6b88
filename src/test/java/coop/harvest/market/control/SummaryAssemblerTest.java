package coop.harvest.market.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import coop.harvest.market.control.SummaryAssembler.ProductName;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryAssemblerTest {

    private static final List<ProductName> PRODUCTS = List.of(
            new ProductName("honeysuckle", "金银花", "Honeysuckle", "kg"),
            new ProductName("kiwi", "猕猴桃", "Kiwi", "kg"));

    @Test
    void everyProductGetsARowWithItsBookAndVolume() {
        List<ProductSummary> summary = SummaryAssembler.assemble(PRODUCTS,
                Map.of("kiwi", new BookSide(new BigDecimal("7.5"), 3)),
                Map.of("kiwi", new BookSide(new BigDecimal("8.25"), 2)),
                Map.of("kiwi", new BigDecimal("1234.5")), "zh-CN,zh;q=0.9");

        assertEquals(new ProductSummary("honeysuckle", "金银花", "金银花", "Honeysuckle", "kg", null, null, 0, 0,
                new BigDecimal("0.000")), summary.get(0), "a product nobody trades still appears");
        ProductSummary kiwi = summary.get(1);
        assertEquals("猕猴桃", kiwi.name());
        assertEquals(new BigDecimal("7.50"), kiwi.bestAsk());
        assertEquals(new BigDecimal("8.25"), kiwi.bestBid());
        assertEquals(3, kiwi.activeListings());
        assertEquals(2, kiwi.openDemands());
        assertEquals(new BigDecimal("1234.500"), kiwi.volume30d());
    }

    @Test
    void namesFollowTheLanguageEnglishByDefault() {
        List<ProductSummary> summary = SummaryAssembler.assemble(PRODUCTS, Map.of(), Map.of(), Map.of(), null);
        assertEquals("Honeysuckle", summary.get(0).name());
        assertNull(summary.get(1).bestAsk());
    }
}
