package coop.harvest.letters.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterRulesTest {

    @Test
    void codesAreRandomHashedAndForgiveCaseAndSpaces() {
        String code = AccessCodes.newCode();
        assertEquals(10, code.length());
        assertNotEquals(code, AccessCodes.newCode());
        String stored = AccessCodes.hash(code);
        assertEquals(64, stored.length());
        assertTrue(AccessCodes.matches(code.toLowerCase(), stored));
        assertTrue(AccessCodes.matches(code.substring(0, 5) + " " + code.substring(5), stored));
        assertFalse(AccessCodes.matches("WRONG", stored));
        assertFalse(AccessCodes.matches(null, stored));
    }

    @Test
    void trackingNumbersCarryTheYearAndASixDigitSequence() {
        assertEquals("HX2026-000017", TrackingNumbers.format(2026, 17));
        assertEquals("HX2026-1234567", TrackingNumbers.format(2026, 1234567));
        assertEquals("HX2026-000017", TrackingNumbers.normalise(" hx2026-000017 "));
        assertNull(TrackingNumbers.normalise("2026-17"));
        assertNull(TrackingNumbers.normalise("HX2026-000017' OR 1=1"));
    }

    @Test
    void publishedTextsHidePhonesAndEmails() {
        assertEquals("请回电 138******78", PublicText.mask("请回电 13812345678"));
        assertEquals("电话 0745-2******", PublicText.mask("电话 0745-2******"));
        assertFalse(PublicText.mask("call 0745 271 2316 please").contains("271 2316"));
        assertEquals("请回电138******78。", PublicText.mask("请回电13812345678。"));
        assertEquals("mail ***@example.cn", PublicText.mask("mail wang.li@example.cn"));
        assertEquals("拨打12316热线，2026-11-24，5000公斤", PublicText.mask("拨打12316热线，2026-11-24，5000公斤"));
        assertEquals("HX2026-000017", PublicText.mask("HX2026-000017"));
    }

    @Test
    void medianAndRate() {
        assertNull(Median.of(List.of()));
        assertEquals(new BigDecimal("3"), Median.of(List.of(5, 1, 3)));
        assertEquals(new BigDecimal("2.5"), Median.of(List.of(1, 4, 2, 3)));
        assertEquals(new BigDecimal("2"), Median.of(List.of(1, 3)));
        assertEquals(new BigDecimal("0.6667"), Median.rate(2, 3));
        assertEquals(new BigDecimal("0.0000"), Median.rate(0, 0));
    }
}
