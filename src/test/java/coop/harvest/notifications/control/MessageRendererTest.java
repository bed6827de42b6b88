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

    @Test
    void namesProductsCountiesAndCertificationsFromTheirCodesInTheReadersLanguage() {
        MessageRenderer.ProductNames names = (code, lang) -> "tea".equals(code) ? ("en".equals(lang) ? "Tea" : "茶叶") : null;
        Object[] args = {20L, Map.of("product", "tea"), "图片不清楚。"};
        assertEquals("您的供应信息 #20（茶叶）未通过农业局审核：图片不清楚。修改后可重新提交审核。",
                MessageRenderer.render("zh", "moderation.listing.reject", args, names), "no 。。 and no code");
        String english = MessageRenderer.render("en", "moderation.listing.reject", args, names);
        assertTrue(english.contains("#20 (Tea)"), english);
        assertEquals("挂牌 #7 已失去认证 有机产品：过期",
                MessageRenderer.render("zh", "certificates.listing.stripped",
                        new Object[]{7L, Map.of("certification", "ORGANIC"), "过期"}, names));
        assertTrue(MessageRenderer.render("en", "certificates.listing.stripped",
                new Object[]{7L, Map.of("certification", "ORGANIC"), "expired"}, names).contains("Organic"));
    }

    @Test
    void anUnknownProductCodeStaysReadable() {
        String text = MessageRenderer.render("en", "moderation.listing.approve",
                new Object[]{3L, Map.of("product", "durian")}, (code, lang) -> null);
        assertTrue(text.contains("durian"), text);
    }
}
