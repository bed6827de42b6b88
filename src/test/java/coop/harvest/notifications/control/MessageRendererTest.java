package coop.harvest.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageRendererTest {

    private static final Object[] DECLINED = {"42", "12.5", Map.of("zh", "猕猴桃", "en", "Kiwi"), "溆浦县合作社",
            "冷库故障", "231.25", "2026-11-26 10:00", "18.50", "五溪市场"};

    @Test
    void writesChineseByDefaultWithTheReason() {
        String text = MessageRenderer.render(null, "order.DECLINED", DECLINED);
        assertEquals("订单 #42（猕猴桃 12.5 公斤）被拒绝。原因：冷库故障", text);
    }

    @Test
    void writesEnglishForEnglishReadersWithTheProductsEnglishName() {
        String text = MessageRenderer.render("en", "order.DECLINED", DECLINED);
        assertEquals("Order #42 (12.5 kg of Kiwi) was declined. Reason: 冷库故障", text);
    }

    @Test
    void keepsApostrophesAndTellsTheCooperativeWhoBuys() {
        String text = MessageRenderer.render("en", "order.matched.cooperative", DECLINED);
        assertTrue(text.startsWith("New order #42 matched to a buyer's demand: 12.5 kg of Kiwi for 五溪市场"), text);
    }
}
