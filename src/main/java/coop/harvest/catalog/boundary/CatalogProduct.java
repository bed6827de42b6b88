package coop.harvest.catalog.boundary;

import coop.harvest.catalog.entity.Product;

/** A product as other components see it: immutable, with getters for pages. */
public final class CatalogProduct {

    private final String code;
    private final String nameZh;
    private final String nameEn;
    private final String unit;

    CatalogProduct(Product product) {
        this.code = product.getCode();
        this.nameZh = product.getNameZh();
        this.nameEn = product.getNameEn();
        this.unit = product.getUnit();
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getUnit() {
        return unit;
    }

    /** The name in this language ("zh…" Chinese, anything else English). */
    public String name(String language) {
        return language != null && language.startsWith("zh") ? nameZh : nameEn;
    }
}
