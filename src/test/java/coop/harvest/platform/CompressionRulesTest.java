package coop.harvest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompressionRulesTest {

    @Test
    void textIsCompressedImagesAndStreamsAreNot() {
        assertTrue(CompressionRules.compressible("text/html;charset=UTF-8"));
        assertTrue(CompressionRules.compressible("text/css"));
        assertTrue(CompressionRules.compressible("application/javascript"));
        assertTrue(CompressionRules.compressible("application/json"));
        assertTrue(CompressionRules.compressible("application/problem+json"));
        assertTrue(CompressionRules.compressible("image/svg+xml"));
        assertFalse(CompressionRules.compressible("image/png"));
        assertFalse(CompressionRules.compressible("image/jpeg"));
        assertFalse(CompressionRules.compressible("font/woff2"));
        assertFalse(CompressionRules.compressible("application/gzip"));
        assertFalse(CompressionRules.compressible("text/event-stream"));
        assertFalse(CompressionRules.compressible(null));
    }

    @Test
    void gzipMustBeAcceptedWithAPositiveQuality() {
        assertTrue(CompressionRules.acceptsGzip("gzip, deflate, br"));
        assertTrue(CompressionRules.acceptsGzip("br;q=1.0, gzip;q=0.8"));
        assertTrue(CompressionRules.acceptsGzip("*"));
        assertFalse(CompressionRules.acceptsGzip("gzip;q=0"));
        assertFalse(CompressionRules.acceptsGzip("*, gzip;q=0"));
        assertFalse(CompressionRules.acceptsGzip("identity"));
        assertFalse(CompressionRules.acceptsGzip("br"));
        assertFalse(CompressionRules.acceptsGzip(null));
        assertFalse(CompressionRules.acceptsGzip("gzip;q=x"));
    }

    @Test
    void varyNamesAcceptEncodingOnceAndEtagsWeaken() {
        assertEquals("Accept-Encoding", CompressionRules.varyWithEncoding(null));
        assertEquals("Origin, Accept-Encoding", CompressionRules.varyWithEncoding("Origin"));
        assertEquals("accept-encoding", CompressionRules.varyWithEncoding("accept-encoding"));
        assertEquals("W/\"abc\"", CompressionRules.weakened("\"abc\""));
        assertEquals("W/\"abc\"", CompressionRules.weakened("W/\"abc\""));
    }
}
