package coop.harvest.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void policyRefusesShortCommonAndUsernamePasswords() {
        assertTrue(PasswordPolicy.problem("short", "farmer").isPresent());
        assertTrue(PasswordPolicy.problem("Password1234", "farmer").isPresent(), "common, case-insensitively");
        assertTrue(PasswordPolicy.problem("Shicheng-Coop", "shicheng-coop").isPresent());
        assertTrue(PasswordPolicy.problem("x".repeat(129), "farmer").isPresent());
        assertEquals(Optional.empty(), PasswordPolicy.problem("honeysuckle kiwi 1600", "shicheng"));
    }

    @Test
    void hashesAreSaltedAndVerify() {
        String first = PasswordHasher.hash("honeysuckle kiwi 1600");
        String second = PasswordHasher.hash("honeysuckle kiwi 1600");
        assertNotEquals(first, second);
        assertTrue(first.startsWith("pbkdf2-sha512$" + PasswordHasher.ITERATIONS + "$"));
        assertFalse(first.contains("honeysuckle"));
        assertTrue(PasswordHasher.verify("honeysuckle kiwi 1600", first));
        assertFalse(PasswordHasher.verify("honeysuckle kiwi 1601", first));
        assertFalse(PasswordHasher.verify("anything", "garbage"));
    }

    @Test
    void tokensAreRandomAndHashedDeterministically() {
        String token = Tokens.newToken();
        assertNotEquals(token, Tokens.newToken());
        assertEquals(64, Tokens.sha256(token).length());
        assertEquals(Tokens.sha256(token), Tokens.sha256(token));
    }
}
