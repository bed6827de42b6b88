package coop.harvest.orders.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HoardingCapsTest {

    private final HoardingCaps caps = new HoardingCaps(new BigDecimal("100"), new BigDecimal("250"));

    @Test
    void capsPerListingAndInAll() {
        assertTrue(caps.problem(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("100")).isEmpty());
        assertTrue(caps.problem(new BigDecimal("60"), new BigDecimal("60"), new BigDecimal("41")).isPresent());
        assertTrue(caps.problem(new BigDecimal("0"), new BigDecimal("200"), new BigDecimal("51")).isPresent());
        assertTrue(caps.problem(new BigDecimal("0"), new BigDecimal("200"), new BigDecimal("50")).isEmpty());
    }
}
