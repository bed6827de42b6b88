package coop.harvest.market.boundary;

/** A product's names and unit, for texts about it. */
public record ProductLabel(String code, String nameZh, String nameEn, String unit) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameZh;
    }
}
