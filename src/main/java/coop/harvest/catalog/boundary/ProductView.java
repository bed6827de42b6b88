package coop.harvest.catalog.boundary;

import java.util.List;

/**
 * A product as clients see it; {@code name} is in the caller's language, {@code aliases} the everyday names people
 * search with (both languages); {@code version} rises with every change of them (If-Match of the aliases' PUT).
 */
public record ProductView(String code, String name, String nameZh, String nameEn, String unit, List<String> aliases,
                          long version) {
}
