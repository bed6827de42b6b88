package coop.harvest.listings.entity;

import coop.harvest.listings.boundary.ListingStatus;

import coop.harvest.platform.Dates;
import coop.harvest.vocabulary.Certifications;
import coop.harvest.vocabulary.Grade;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A cooperative's supply listing. {@code available} is quantity minus everything reserved or sold; it changes only
 * through conditional updates in the database (never read-check-write), and a CHECK keeps it within 0..quantity.
 */
@Entity
@Table(name = "LISTING")
public class Listing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "PRODUCT_CODE", nullable = false, updatable = false)
    private String product;

    @Enumerated(EnumType.STRING)
    @Column(name = "GRADE", nullable = false)
    private Grade grade;

    @Embedded
    private Certifications certifications;

    @Column(name = "QUANTITY", nullable = false, precision = 13, scale = 3)
    private BigDecimal quantity;

    @Column(name = "AVAILABLE", nullable = false, precision = 13, scale = 3)
    private BigDecimal available;

    @Column(name = "MIN_ORDER_QUANTITY", nullable = false, precision = 13, scale = 3)
    private BigDecimal minOrderQuantity;

    @Column(name = "UNIT_PRICE", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "COUNTY", nullable = false)
    private String county;

    @Column(name = "AVAILABLE_FROM", nullable = false)
    private LocalDate availableFrom;

    @Column(name = "AVAILABLE_UNTIL", nullable = false)
    private LocalDate availableUntil;

    @Column(name = "DESCRIPTION")
    private String description;

    @Column(name = "SEARCH_TEXT", nullable = false)
    private String searchText = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private ListingStatus status;

    @Column(name = "STATUS_REASON")
    private String statusReason;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Listing() {
    }

    public Listing(long cooperativeId, String product, Grade grade, Certifications certifications,
                   BigDecimal quantity, BigDecimal minOrderQuantity, BigDecimal unitPrice, String county,
                   LocalDate availableFrom, LocalDate availableUntil, String description, ListingStatus status) {
        this.cooperativeId = cooperativeId;
        this.product = product;
        this.grade = grade;
        this.certifications = certifications;
        this.quantity = quantity;
        this.available = quantity;
        this.minOrderQuantity = minOrderQuantity;
        this.unitPrice = unitPrice;
        this.county = county;
        this.availableFrom = availableFrom;
        this.availableUntil = availableUntil;
        this.description = description;
        this.status = status;
        this.createdAt = Dates.now();
        this.updatedAt = createdAt;
    }

    public Certifications getCertifications() {
        return certifications;
    }

    /** Quantity reserved or sold so far. */
    public BigDecimal getCommitted() {
        return quantity.subtract(available);
    }

    public void changeStatus(ListingStatus newStatus, String reason) {
        this.status = newStatus;
        this.statusReason = reason;
        touch();
    }

    /** Replaces the certifications the listing carries (an owner's edit, or a lapsed certificate). */
    public void replaceCertifications(Certifications certifications) {
        this.certifications = certifications;
        this.updatedAt = Dates.now();
    }

    public void touch() {
        this.updatedAt = Dates.now();
    }

    public Long getId() { return id; }
    public long getCooperativeId() { return cooperativeId; }
    public String getProduct() { return product; }
    public Grade getGrade() { return grade; }
    public void setGrade(Grade grade) { this.grade = grade; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    public BigDecimal getAvailable() { return available; }
    public void setAvailable(BigDecimal available) { this.available = available; }
    public BigDecimal getMinOrderQuantity() { return minOrderQuantity; }
    public void setMinOrderQuantity(BigDecimal minOrderQuantity) { this.minOrderQuantity = minOrderQuantity; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public void setUnitPrice(BigDecimal unitPrice) { this.unitPrice = unitPrice; }
    public String getCounty() { return county; }
    public LocalDate getAvailableFrom() { return availableFrom; }
    public void setAvailableFrom(LocalDate availableFrom) { this.availableFrom = availableFrom; }
    public LocalDate getAvailableUntil() { return availableUntil; }
    public void setAvailableUntil(LocalDate availableUntil) { this.availableUntil = availableUntil; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getSearchText() { return searchText; }
    public void setSearchText(String searchText) { this.searchText = searchText; }
    public ListingStatus getStatus() { return status; }
    public String getStatusReason() { return statusReason; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
