package coop.harvest.catalog.entity;

import coop.harvest.platform.Dates;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A product of the catalogue, identified by its code ({@code honeysuckle}, {@code kiwi}, ...). */
@Entity
@Table(name = "PRODUCT")
public class Product {

    @Id
    @Column(name = "CODE")
    private String code;

    @Column(name = "NAME_ZH", nullable = false)
    private String nameZh;

    @Column(name = "NAME_EN", nullable = false)
    private String nameEn;

    @Column(name = "UNIT", nullable = false)
    private String unit;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected Product() {
    }

    public Product(String code, String nameZh, String nameEn, String unit) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unit = unit;
        this.createdAt = Dates.now();
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

    /** The name in the given language: Chinese for {@code zh*}, English otherwise. */
    public String name(String language) {
        return language != null && language.startsWith("zh") ? nameZh : nameEn;
    }
}
