package coop.harvest.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductNamesTest {

    private final ProductNames grape = new ProductNames("grape", "提子", "Grapes", List.of("葡萄", "红提", "table grapes"));

    @Test
    void anEverydayNameFindsTheProduct() {
        assertTrue(grape.matches("葡萄"));
        assertTrue(grape.matches("提子"));
        assertTrue(grape.matches("GRAPE"));
        assertTrue(grape.matches("table"));
        assertTrue(grape.matches("葡萄 grapes"));
    }

    @Test
    void everyWordMustNameIt() {
        assertFalse(grape.matches("葡萄 猕猴桃"));
        assertFalse(grape.matches("  "));
        assertFalse(grape.matches(null));
    }

    @Test
    void cleaningStripsAndDropsBlanksAndRepeats() {
        assertEquals(List.of("葡萄", "Red"), ProductNames.clean(Arrays.asList(" 葡萄 ", "", null, "Red", "red", "葡萄")));
    }

    @Test
    void cleaningRefusesTooLongOrTooMany() {
        assertThrows(IllegalArgumentException.class, () -> ProductNames.clean(List.of("x".repeat(101))));
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 31; i++) {
            many.add("a" + i);
        }
        assertThrows(IllegalArgumentException.class, () -> ProductNames.clean(many));
        assertEquals(30, ProductNames.clean(many.subList(0, 30)).size());
        assertEquals(Collections.emptyList(), ProductNames.clean(List.of()));
    }
}
