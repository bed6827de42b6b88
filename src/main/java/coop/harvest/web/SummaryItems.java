package coop.harvest.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lines of a form's error summary (the GOV.UK pattern): one per field with an error, in the order of the fields
 * on the page, each naming its field and linking to it, then the errors that belong to no field. Plain logic, so
 * that the order and the wording are tested without a Faces context.
 */
public final class SummaryItems {

    /** One line: the client id of the field to link to (null for a form-wide error) and the text. */
    public record Item(String field, String text) {
        public boolean linked() {
            return field != null;
        }
    }

    private SummaryItems() {
    }

    /**
     * @param fieldsInPageOrder client ids of the form's fields in document order (may hold ids without messages)
     * @param messages          the error texts per client id (only ids inside the form)
     * @param labels            the visible label of a field, by client id (missing: the message stands alone)
     * @param general           errors of the whole form
     * @param itemPattern       how a label and a message are joined, e.g. "{0}: {1}" or "{0}：{1}"
     */
    public static List<Item> of(List<String> fieldsInPageOrder, Map<String, List<String>> messages,
                                Map<String, String> labels, List<String> general, String itemPattern) {
        Set<String> order = new LinkedHashSet<>();
        fieldsInPageOrder.stream().filter(messages::containsKey).forEach(order::add);
        order.addAll(messages.keySet());
        List<Item> items = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String field : order) {
            String label = clean(labels.get(field));
            for (String message : messages.get(field)) {
                String text = label == null || label.isEmpty() ? message : join(itemPattern, label, message);
                if (seen.add(field + '\n' + text)) {
                    items.add(new Item(field, text));
                }
            }
        }
        general.stream().distinct().forEach(message -> items.add(new Item(null, message)));
        return items;
    }

    /** A label without its trailing colon or required-marker. */
    static String clean(String label) {
        if (label == null) {
            return null;
        }
        String text = label.strip();
        while (!text.isEmpty() && ":：*".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    private static String join(String pattern, String label, String message) {
        return pattern.replace("{0}", label).replace("{1}", message);
    }
}
