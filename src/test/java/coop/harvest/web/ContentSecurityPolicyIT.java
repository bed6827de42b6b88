package coop.harvest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.HarvestServer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Pages run no script that the policy did not allow: scripts need the per-request nonce that PrimeFaces' CSP mode
 * writes, and script-src admits neither 'unsafe-inline' nor 'unsafe-eval'. (That the pages still work under it
 * is what the browser tests' console check shows.)
 */
class ContentSecurityPolicyIT {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([^']+)'");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern INLINE_HANDLER = Pattern.compile("\\son[a-z]+\\s*=\\s*\"", Pattern.CASE_INSENSITIVE);

    private final ApiClient api = HarvestServer.shared().api();

    @Test
    void everyPageScriptCarriesTheNonceOfItsResponse() {
        for (String path : List.of("/", "/login.xhtml", "/register.xhtml")) {
            for (String language : List.of("zh-CN", "en")) {
                ApiClient.Response page = page(path, language);
                assertEquals(200, page.status(), path);
                String nonce = nonceOf(page);
                assertScriptsCarry(nonce, page.body(), path);
            }
        }
    }

    @Test
    void theErrorPageIsCoveredToo() {
        ApiClient.Response missing = page("/no-such-page.xhtml", "en");
        assertEquals(404, missing.status());
        assertScriptsCarry(nonceOf(missing), missing.body(), "the 404 page");
    }

    @Test
    void eachResponseHasOneFreshNonceAndNoUnsafeScripts() {
        ApiClient.Response first = page("/", "en");
        ApiClient.Response second = page("/", "en");
        assertNotEquals(nonceOf(first), nonceOf(second), "a nonce is never reused");
        List<String> policies = first.raw().headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), () -> "one policy, not several to intersect: " + policies);
        String scriptSrc = directive(policies.get(0), "script-src");
        assertFalse(scriptSrc.contains("unsafe-inline") || scriptSrc.contains("unsafe-eval"), scriptSrc);
        assertTrue(policies.get(0).contains("frame-ancestors 'none'"), policies.get(0));
    }

    @Test
    void theApiAllowsNoInlineScriptAtAll() {
        ApiClient.Response products = api.get("/api/products");
        assertEquals(200, products.status());
        String policy = products.header("Content-Security-Policy");
        assertEquals("script-src 'self'", directive(policy, "script-src"), policy);
    }

    private ApiClient.Response page(String path, String language) {
        return api.withHeader("Accept-Language", language).send("GET", path, null, null);
    }

    private static String nonceOf(ApiClient.Response page) {
        String policy = page.header("Content-Security-Policy");
        assertNotNull(policy, "a policy on " + page.raw().uri());
        Matcher matcher = NONCE.matcher(policy);
        assertTrue(matcher.find(), () -> "a nonce in " + policy);
        return matcher.group(1);
    }

    private static void assertScriptsCarry(String nonce, String html, String where) {
        Matcher scripts = SCRIPT_TAG.matcher(html);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertTrue(scripts.group().contains("nonce=\"" + nonce + "\""), where + ": " + scripts.group());
        }
        assertTrue(count > 0, where + " has PrimeFaces' scripts");
        Matcher handler = INLINE_HANDLER.matcher(html);
        assertFalse(handler.find(), () -> where + " has an inline event handler near: "
                + html.substring(Math.max(0, handler.start() - 80), Math.min(html.length(), handler.end() + 80)));
    }

    private static String directive(String policy, String name) {
        for (String part : policy.split(";")) {
            if (part.strip().startsWith(name + " ")) {
                return part.strip();
            }
        }
        return "";
    }
}
