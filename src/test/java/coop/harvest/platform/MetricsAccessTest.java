package coop.harvest.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricsAccessTest {

    @Test
    void prometheusScrapersBrowsersAndCurlGetTheText() {
        assertTrue(MetricsAccess.acceptsText(null), "curl without -H");
        assertTrue(MetricsAccess.acceptsText(""));
        assertTrue(MetricsAccess.acceptsText("*/*"));
        assertTrue(MetricsAccess.acceptsText("text/plain;version=0.0.4;q=0.5,*/*;q=0.1"), "Prometheus 2");
        assertTrue(MetricsAccess.acceptsText("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
                "a browser");
        assertTrue(MetricsAccess.acceptsText("application/json, TEXT/*"));
    }

    @Test
    void aClientThatTakesOnlyJsonOrRefusesTextIsAnsweredNotAcceptable() {
        assertFalse(MetricsAccess.acceptsText("application/json"));
        assertFalse(MetricsAccess.acceptsText("application/json, application/problem+json"));
        assertFalse(MetricsAccess.acceptsText("text/plain;q=0, application/json"));
        assertFalse(MetricsAccess.acceptsText("text/plain; q=0.0"));
    }
}
