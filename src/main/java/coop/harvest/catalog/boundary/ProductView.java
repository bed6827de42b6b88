package coop.harvest.catalog.boundary;

/** A product as clients see it; {@code name} is in the caller's language. */
public record ProductView(String code, String name, String nameZh, String nameEn, String unit) {
}
