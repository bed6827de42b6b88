package coop.harvest.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegistrationNumbersTest {

    @Test
    void acceptsCodesWhoseCheckCharacterMatches() {
        String code = RegistrationNumbers.complete("93431224MA4L1XC07");
        assertEquals(18, code.length());
        assertTrue(RegistrationNumbers.isValid(code));
    }

    @Test
    void computesTheCheckCharacterOfAKnownCode() {
        // 91350100M000100Y43 is the standard's worked example: check character 3
        assertEquals('3', RegistrationNumbers.checkCharacter("91350100M000100Y4"));
        assertTrue(RegistrationNumbers.isValid("91350100M000100Y43"));
    }

    @Test
    void refusesAWrongCheckCharacterLengthOrAlphabet() {
        String code = RegistrationNumbers.complete("93431224MA4L1XC07");
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        assertFalse(RegistrationNumbers.isValid(code.substring(0, 17) + wrong));
        assertFalse(RegistrationNumbers.isValid(code.substring(0, 17)));
        assertFalse(RegistrationNumbers.isValid("93431224MA4L1XC0I" + "0"), "I is not in the alphabet");
        assertFalse(RegistrationNumbers.isValid(null));
        assertFalse(RegistrationNumbers.isValid(code.toLowerCase()));
    }
}
