package coop.harvest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryItemsTest {

    @Test
    void listsFieldsInPageOrderWithTheirLabelsThenTheFormsOwnErrors() {
        Map<String, List<String>> messages = new LinkedHashMap<>();
        messages.put("f:price", List.of("请输入价格。"));
        messages.put("f:quantity", List.of("请输入数量。"));
        List<SummaryItems.Item> items = SummaryItems.of(List.of("f:product", "f:quantity", "f:price"), messages,
                Map.of("f:quantity", "数量（公斤）：", "f:price", "单价"), List.of("保存失败。"), "{0}：{1}");
        assertEquals(List.of(new SummaryItems.Item("f:quantity", "数量（公斤）：请输入数量。"),
                new SummaryItems.Item("f:price", "单价：请输入价格。"), new SummaryItems.Item(null, "保存失败。")), items);
        assertTrue(items.get(0).linked());
        assertFalse(items.get(2).linked());
    }

    @Test
    void aFieldWithoutLabelShowsItsMessageAloneAndRepeatsNothing() {
        Map<String, List<String>> messages = Map.of("f:x", List.of("Enter a number.", "Enter a number."));
        List<SummaryItems.Item> items = SummaryItems.of(List.of(), messages, Map.of(), List.of("A", "A"), "{0}: {1}");
        assertEquals(List.of(new SummaryItems.Item("f:x", "Enter a number."), new SummaryItems.Item(null, "A")), items);
    }

    @Test
    void cleansLabels() {
        assertEquals("Quantity (kg)", SummaryItems.clean(" Quantity (kg): * "));
        assertNull(SummaryItems.clean(null));
    }
}
