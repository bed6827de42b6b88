package coop.harvest.messaging.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SmsEncodingTest {

    @Test
    void plainAsciiIsGsmAndChineseIsUcs2() {
        SmsEncoding.Encoded gsm = SmsEncoding.encode("Price alert: kiwi 8.5", 1);
        assertEquals(SmsEncoding.GSM, gsm.dataCoding());
        assertFalse(gsm.udh());
        assertArrayEquals("Price alert: kiwi 8.5".getBytes(StandardCharsets.US_ASCII), gsm.payloads().get(0));

        SmsEncoding.Encoded ucs2 = SmsEncoding.encode("猕猴桃 8.5元", 1);
        assertEquals(SmsEncoding.UCS2, ucs2.dataCoding());
        assertArrayEquals("猕猴桃 8.5元".getBytes(StandardCharsets.UTF_16BE), ucs2.payloads().get(0));
        assertFalse(SmsEncoding.isGsm("curly {braces}"), "extension characters go as UCS-2");
    }

    @Test
    void gsmSpecialCharactersAreMapped() {
        byte[] bytes = SmsEncoding.encode("a@b$c_d", 1).payloads().get(0);
        assertArrayEquals(new byte[]{'a', 0x00, 'b', 0x02, 'c', 0x11, 'd'}, bytes);
        assertEquals("a@b$c_d", SmsEncoding.decode(SmsEncoding.GSM, false, bytes));
    }

    @Test
    void oneSmsHolds160GsmOr70Ucs2Characters() {
        assertEquals(1, SmsEncoding.partCount("x".repeat(160)));
        assertEquals(2, SmsEncoding.partCount("x".repeat(161)));
        assertEquals(1, SmsEncoding.partCount("价".repeat(70)));
        assertEquals(2, SmsEncoding.partCount("价".repeat(71)));
        assertEquals(3, SmsEncoding.partCount("价".repeat(67 * 2 + 1)));
        assertEquals(2, SmsEncoding.partCount("x".repeat(153 * 2)));
    }

    @Test
    void longTextsBecomeConcatenatedPartsWithAUserDataHeader() {
        String text = "农".repeat(100) + "信通";
        SmsEncoding.Encoded encoded = SmsEncoding.encode(text, 0xAB);
        assertTrue(encoded.udh());
        assertEquals(2, encoded.payloads().size());
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (int i = 0; i < 2; i++) {
            byte[] part = encoded.payloads().get(i);
            assertEquals(0x05, part[0]);
            assertEquals(0x00, part[1]);
            assertEquals(0x03, part[2]);
            assertEquals((byte) 0xAB, part[3]);
            assertEquals(2, part[4]);
            assertEquals(i + 1, part[5]);
            assertTrue(part.length - 6 <= 134, "at most 67 UCS-2 characters a part");
            joined.write(part, 6, part.length - 6);
        }
        assertEquals(text, new String(joined.toByteArray(), StandardCharsets.UTF_16BE));
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String text = "价".repeat(66) + "🍊" + "价".repeat(10);
        SmsEncoding.Encoded encoded = SmsEncoding.encode(text, 1);
        String first = new String(encoded.payloads().get(0), 6, encoded.payloads().get(0).length - 6,
                StandardCharsets.UTF_16BE);
        assertEquals("价".repeat(66), first);
    }

    @Test
    void repliesAreDecodedSkippingTheirHeader() {
        byte[] withHeader = {0x05, 0x00, 0x03, 1, 1, 1, 0, 'T', 0, 'D'};
        assertEquals("TD", SmsEncoding.decode(SmsEncoding.UCS2, true, withHeader));
        assertEquals("", SmsEncoding.decode(SmsEncoding.GSM, false, null));
    }
}
