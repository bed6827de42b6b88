package coop.harvest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A kept page is joined again with each answer's own nonce; a visitor's language is the one the page renders in. */
class VisitorPagesTest {

    private static final String NONCE = "OGFjYTdlNWEtYjU2Yy00YzI4LThjMDYtNTIxZjE0YWFkZjc1";
    private static final String OTHER = "N2Q2ZTAxYWYtOWQ1MS00MWU2LWE3YjUtNDYxNTc4YjMxMGRi";

    @Test
    void everyOccurrenceOfTheNonceIsReplacedAndNothingElse() {
        String page = NONCE + "<script nonce=\"" + NONCE + "\">金银花</script><input value=\"" + NONCE + "\"/>"
                + "<p>猕猴桃 " + NONCE.substring(0, 20) + "</p>" + NONCE;
        assertEquals(page.replace(NONCE, OTHER), join(VisitorPages.split(bytes(page), NONCE), OTHER));
        assertEquals(5, VisitorPages.split(bytes(page), NONCE).length, "four cuts, at the ends too");
    }

    @Test
    void aPageWithoutANonceIsKeptWhole() {
        String page = "<p>稻米 · rice</p>";
        assertEquals(page, join(VisitorPages.split(bytes(page), null), OTHER));
        assertEquals(page, join(VisitorPages.split(bytes(page), NONCE), OTHER));
    }

    @Test
    void theRememberedLanguageWinsThenTheBrowsersFirstKnownOneThenChinese() {
        List<Locale> french = List.of(Locale.FRENCH, Locale.ENGLISH, Locale.CHINESE);
        assertEquals("zh", Preferences.languageOf("zh", Collections.enumeration(french)));
        assertEquals("en", Preferences.languageOf(null, Collections.enumeration(french)));
        assertEquals("en", Preferences.languageOf("fr", Collections.enumeration(french)), "an unknown choice");
        assertEquals("zh", Preferences.languageOf(null, Collections.enumeration(List.of(Locale.GERMAN))));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String join(byte[][] parts, String nonce) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.writeBytes(bytes(nonce));
            }
            out.writeBytes(parts[i]);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
