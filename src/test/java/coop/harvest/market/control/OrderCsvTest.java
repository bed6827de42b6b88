package coop.harvest.market.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderCsvTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final OrderRow ORDER = new OrderRow(42, Instant.parse("2026-11-23T16:30:00Z"), "CONFIRMED",
            "kiwi", "猕猴桃", "Kiwi", new BigDecimal("12.500"), new BigDecimal("8.80"), new BigDecimal("110.00"),
            "中方县和平种养专业合作社", "怀化学院第一食堂", 7L, null, Instant.parse("2026-11-24T01:00:00Z"));

    @Test
    void headersFollowTheLanguageAndNameTheTimeZone() {
        List<String> zh = new OrderCsv("zh-CN", SHANGHAI).header();
        List<String> en = new OrderCsv("en", SHANGHAI).header();
        assertEquals(13, zh.size());
        assertEquals("订单号", zh.get(0));
        assertEquals("Order", en.get(0));
        assertEquals("Created (Asia/Shanghai)", en.get(1));
    }

    @Test
    void fieldsInMarketTimeWithProductNameInTheLanguage() {
        assertEquals(Arrays.asList(42L, "2026-11-24 00:30:00", "CONFIRMED", "kiwi", "猕猴桃", new BigDecimal("12.500"),
                        new BigDecimal("8.80"), new BigDecimal("110.00"), "中方县和平种养专业合作社", "怀化学院第一食堂",
                        7L, null, "2026-11-24 09:00:00"),
                new OrderCsv("zh", SHANGHAI).fields(ORDER));
        assertEquals("Kiwi", new OrderCsv("en-GB", SHANGHAI).fields(ORDER).get(4));
    }
}
