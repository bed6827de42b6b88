package coop.harvest.notifications.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationArgsTest {

    @Test
    void keepsStringsNumbersAndCodeReferences() {
        Object[] args = {"42", 7L, new BigDecimal("12.5"), Map.of("product", "tea"), Map.of("zh", "猕猴桃", "en", "Kiwi")};
        Object[] back = NotificationArgs.decode(NotificationArgs.encode(args));
        assertArrayEquals(new Object[]{"42", 7L, new BigDecimal("12.5"), Map.of("product", "tea"),
                Map.of("zh", "猕猴桃", "en", "Kiwi")}, back);
    }

    @Test
    void argumentsTooLongForTheColumnAreNotKept() {
        assertNull(NotificationArgs.encode(new Object[]{"x".repeat(NotificationArgs.MAX_LENGTH)}));
    }
}
