package coop.harvest.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void refusesWeakPasswordsOfEveryKind() {
        List<String> weak = List.of(" ".repeat(12), "\u0000".repeat(12), "abababababab", "Password123!",
                "P@ssw0rd2026!", "harvest-demo-2026", "harvest-demo-admin", "123456789012", "abcdefghijkl",
                "qwertyuiop123", "iloveyou2026!", "aaaaaaaaaaaa", "correct\u0007horse battery", "short",
                "x".repeat(129), "abcabcabcabc", "sunshine2026", "Football#2025", "zxcvbnm12345");
        for (String password : weak) {
            assertTrue(PasswordPolicy.problem(password, "farmer").isPresent(), () -> "refused: " + password);
        }
        assertTrue(PasswordPolicy.problem("farmer-farmer", "farmer").isPresent());
    }

    @Test
    void acceptsPassphrasesAndUnusualPasswords() {
        for (String password : List.of("tea-garden-harvest-2026", "honeysuckle kiwi 1600", "湘西猕猴桃丰收季节到了吧",
                "Qx7!mV2#pL9@", "purple tractor sings at dawn")) {
            assertEquals(Optional.empty(), PasswordPolicy.problem(password, "farmer"), password);
        }
        assertEquals(Optional.empty(), PasswordPolicy.problem("harvest-demo-2026", "farmer", true));
    }
}
