package coop.harvest.demands.entity;

import coop.harvest.demands.boundary.DemandStatus;

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
 * A buyer's demand post. {@code filledQuantity} grows as matching creates orders and shrinks when an order is
 * declined, cancelled or expires; a CHECK keeps it within 0..quantity.
 */
@Entity
@Table(name = "DEMAND")
public class Demand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "BUYER_ID", nullable = false, updatable = false)
    private long buyerId;

    @Column(name = "PRODUCT_CODE", nullable = false, updatable = false)
    private String product;

    @Enumerated(EnumType.STRING)
    @Column(name = "MIN_GRADE", nullable = false)
    private Grade minGrade;

    @Embedded
    private Certifications certifications;

    @Column(name = "QUANTITY", nullable = false, precision = 13, scale = 3)
    private BigDecimal quantity;

    @Column(name = "FILLED_QUANTITY", nullable = false, precision = 13, scale = 3)
    private BigDecimal filledQuantity = BigDecimal.ZERO;

    @Column(name = "MAX_UNIT_PRICE", nullable = false, precision = 12, scale = 2)
    private BigDecimal maxUnitPrice;

    @Column(name = "DELIVERY_COUNTY", nullable = false)
    private String deliveryCounty;

    @Column(name = "NEEDED_BY", nullable = false)
    private LocalDate neededBy;

    @Column(name = "ALLOW_PARTIAL", nullable = false)
    private boolean allowPartial;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private DemandStatus status = DemandStatus.OPEN;

    @Column(name = "STATUS_REASON")
    private String statusReason;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "DELIVERY_ADDRESS", updatable = false)
    private String deliveryAddress;

    @Column(name = "NOTE", updatable = false)
    private String note;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Demand() {
    }

    public Demand(long buyerId, String product, Grade minGrade, Certifications certifications,
                  BigDecimal quantity, BigDecimal maxUnitPrice, String deliveryCounty, LocalDate neededBy,
                  boolean allowPartial) {
        this.buyerId = buyerId;
        this.product = product;
        this.minGrade = minGrade;
        this.certifications = certifications;
        this.quantity = quantity;
        this.maxUnitPrice = maxUnitPrice;
        this.deliveryCounty = deliveryCounty;
        this.neededBy = neededBy;
        this.allowPartial = allowPartial;
        this.createdAt = Dates.now();
        this.updatedAt = createdAt;
    }

    /** Where the demand's orders go and the buyer's note to the cooperatives (both may be null). */
    public void setDelivery(String deliveryAddress, String note) {
        this.deliveryAddress = deliveryAddress;
        this.note = note;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public String getNote() {
        return note;
    }

    public Certifications getCertifications() {
        return certifications;
    }

    /** What is still to be filled. */
    public BigDecimal getRemaining() {
        return quantity.subtract(filledQuantity);
    }

    public void changeStatus(DemandStatus newStatus, String reason) {
        this.status = newStatus;
        this.statusReason = reason;
        this.updatedAt = Dates.now();
    }

    public Long getId() { return id; }
    public long getBuyerId() { return buyerId; }
    public String getProduct() { return product; }
    public Grade getMinGrade() { return minGrade; }
    public BigDecimal getQuantity() { return quantity; }
    public BigDecimal getFilledQuantity() { return filledQuantity; }
    public void setFilledQuantity(BigDecimal filledQuantity) { this.filledQuantity = filledQuantity; }
    public BigDecimal getMaxUnitPrice() { return maxUnitPrice; }
    public String getDeliveryCounty() { return deliveryCounty; }
    public LocalDate getNeededBy() { return neededBy; }
    public boolean isAllowPartial() { return allowPartial; }
    public DemandStatus getStatus() { return status; }
    public String getStatusReason() { return statusReason; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
