package coop.harvest.messaging.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmsTextsTest {

    private static final Figures KIWI_ZH = new Figures("猕猴桃", "kg", new BigDecimal("8.456"), new BigDecimal("7.90"),
            new BigDecimal("9.20"), new BigDecimal("12345.500"), new BigDecimal("8.80"), new BigDecimal("8.20"));
    private static final Figures KIWI_EN = new Figures("Kiwi fruit", "kg", new BigDecimal("8.46"),
            new BigDecimal("7.90"), new BigDecimal("9.20"), new BigDecimal("12345.500"), new BigDecimal("8.80"),
            new BigDecimal("8.20"));
    private static final Figures NONE = new Figures("Navel orange", "kg", null, null, null, null, null, null);

    @Test
    void chineseTextsFitOneSms() {
        List<String> texts = List.of(SmsTexts.code("zh", "123456"), SmsTexts.digest("zh", KIWI_ZH),
                SmsTexts.today("zh", KIWI_ZH), SmsTexts.newListing("zh", "猕猴桃", new BigDecimal("12.50"), "kg",
                        "沅陵县", new BigDecimal("1200.5")),
                SmsTexts.newDemand("zh", "金银花", new BigDecimal("86.50"), "kg", "麻阳苗族自治县", new BigDecimal("300")),
                SmsTexts.priceBelow("zh", "脐橙", new BigDecimal("4.80"), "kg", new BigDecimal("5")),
                SmsTexts.priceAbove("zh", "脐橙", new BigDecimal("6.20"), "kg", new BigDecimal("6")),
                SmsTexts.stopped("zh"), SmsTexts.help("zh"), SmsTexts.unknownProduct("zh", "榴莲"),
                SmsTexts.letterAnswered("zh", "HX2026-000123"),
                SmsTexts.post("zh", "关于二〇二六年冬季柑橘销售的通知以及防寒防冻技术要点和各乡镇收购点的安排说明"));
        for (String text : texts) {
            assertFalse(SmsEncoding.isGsm(text), text);
            assertTrue(text.length() <= SmsEncoding.UCS2_SINGLE, text.length() + ": " + text);
            assertEquals(1, SmsEncoding.partCount(text));
        }
    }

    @Test
    void englishTextsAreGsmAndFitOneSms() {
        List<String> texts = List.of(SmsTexts.code("en", "123456"), SmsTexts.digest("en", KIWI_EN),
                SmsTexts.today("en", KIWI_EN), SmsTexts.digest("en", NONE), SmsTexts.today("en", NONE),
                SmsTexts.newListing("en", "Kiwi fruit", new BigDecimal("12.50"), "kg", "Yuanling County",
                        new BigDecimal("1200.5")),
                SmsTexts.newDemand("en", "Honeysuckle", new BigDecimal("86.5"), "kg", "Mayang Miao Autonomous County",
                        new BigDecimal("300")),
                SmsTexts.priceBelow("en", "Navel orange", new BigDecimal("4.80"), "kg", new BigDecimal("5")),
                SmsTexts.priceAbove("en", "Navel orange", new BigDecimal("6.20"), "kg", new BigDecimal("6")),
                SmsTexts.stopped("en"), SmsTexts.help("en"), SmsTexts.letterAnswered("en", "HX2026-000123"),
                SmsTexts.post("en", "Notice on the winter citrus sales season, frost protection and the purchase "
                        + "points of every township in Huaihua for the coming months"));
        for (String text : texts) {
            assertTrue(SmsEncoding.isGsm(text), text);
            assertTrue(text.length() <= SmsEncoding.GSM_SINGLE, text.length() + ": " + text);
        }
    }

    @Test
    void figuresAreWrittenPlainlyAndMissingOnesAsADash() {
        assertEquals("8.456", SmsTexts.number(new BigDecimal("8.456")));
        assertEquals("12", SmsTexts.number(new BigDecimal("12.00")));
        assertEquals("1200", SmsTexts.number(new BigDecimal("1.2E+3")));
        assertEquals("-", SmsTexts.number(null));
        String none = SmsTexts.digest("zh", NONE);
        assertTrue(none.contains("无成交") && none.contains("-"), none);
        assertTrue(SmsTexts.code("en", "004711").contains("004711"));
        assertTrue(SmsTexts.help("en").contains("today's"), "the apostrophe survives MessageFormat");
    }
}
