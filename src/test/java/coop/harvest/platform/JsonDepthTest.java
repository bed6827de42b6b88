package coop.harvest.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Deeply nested bodies are refused before parsing; brackets inside strings do not count. */
class JsonDepthTest {

    private static boolean deep(String json, int limit) {
        return JsonDepth.exceeds(json.getBytes(StandardCharsets.UTF_8), limit);
    }

    @Test
    void ordinaryBodiesPass() {
        assertFalse(deep("{\"a\": [1, {\"b\": [2]}], \"c\": \"x\"}", 4));
        assertFalse(deep("{\"text\": \"[[[[[[[[{{{{{{{\\\"[[[[\"}", 1));
    }

    @Test
    void nestingBeyondTheLimitIsDetected() {
        assertTrue(deep("[".repeat(20_000), JsonDepth.MAX));
        assertTrue(deep("{\"a\":".repeat(40) + "1" + "}".repeat(40), JsonDepth.MAX));
        assertTrue(deep("{\"a\": [[[1]]]}", 3));
    }
}
