package coop.harvest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void thePolicyTakesOverTheNonceThatPrimeFacesAnnounces() {
        String nonce = SecurityHeaders.nonceOf("script-src 'self' 'nonce-MGMzNGI1ZWQtOWVh=';");
        assertEquals("MGMzNGI1ZWQtOWVh=", nonce);
        String policy = SecurityHeaders.policy(nonce);
        assertTrue(policy.contains("script-src 'self' 'nonce-MGMzNGI1ZWQtOWVh=';"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    }

    @Test
    void withoutANonceNoInlineScriptIsAllowed() {
        assertNull(SecurityHeaders.nonceOf("script-src 'self'"));
        assertNull(SecurityHeaders.nonceOf(null));
        String policy = SecurityHeaders.policy(null);
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertFalse(policy.contains("nonce"), policy);
    }
}
