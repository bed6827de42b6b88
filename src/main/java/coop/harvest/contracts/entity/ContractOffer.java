package coop.harvest.contracts.entity;

import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Grade;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A buyer's offer to buy a crop ahead of the season on agreed terms. {@code committedQuantity} is what PROPOSED and
 * ACTIVE contracts hold; it changes only under a PESSIMISTIC_WRITE lock of this row, so it never exceeds the total.
 */
@Entity
@Cacheable(false)
@Table(name = "CONTRACT_OFFER")
public class ContractOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "BUYER_ID", nullable = false, updatable = false)
    private long buyerId;

    @Column(name = "PRODUCT_CODE", nullable = false, updatable = false)
    private String product;

    @Enumerated(EnumType.STRING)
    @Column(name = "MIN_GRADE", nullable = false, updatable = false)
    private Grade minGrade;

    @Column(name = "CERTIFICATIONS", nullable = false, updatable = false)
    private String certifications;

    @Column(name = "TOTAL_QUANTITY", nullable = false, updatable = false, precision = 13, scale = 3)
    private BigDecimal totalQuantity;

    @Column(name = "COMMITTED_QUANTITY", nullable = false, precision = 13, scale = 3)
    private BigDecimal committedQuantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "PRICING_TYPE", nullable = false, updatable = false)
    private PricingType pricingType;

    @Column(name = "UNIT_PRICE", updatable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "FLOOR_PRICE", updatable = false, precision = 12, scale = 2)
    private BigDecimal floorPrice;

    @Column(name = "DELIVERY_COUNTY", nullable = false, updatable = false)
    private String deliveryCounty;

    @Column(name = "COMMIT_BY", nullable = false, updatable = false)
    private LocalDate commitBy;

    @Column(name = "DESCRIPTION", updatable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private OfferStatus status;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CONTRACT_OFFER_SLOT", joinColumns = @JoinColumn(name = "OFFER_ID"))
    @OrderBy("number")
    private List<ScheduleSlot> schedule = new ArrayList<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected ContractOffer() {
    }

    public ContractOffer(long buyerId, String product, Grade minGrade, Set<Certification> certifications,
                         BigDecimal totalQuantity, PricingType pricingType, BigDecimal unitPrice,
                         BigDecimal floorPrice, String deliveryCounty, LocalDate commitBy, String description,
                         List<ScheduleSlot> schedule, Instant createdAt) {
        this.buyerId = buyerId;
        this.product = product;
        this.minGrade = minGrade;
        this.certifications = certifications.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.totalQuantity = totalQuantity;
        this.committedQuantity = BigDecimal.ZERO;
        this.pricingType = pricingType;
        this.unitPrice = unitPrice;
        this.floorPrice = floorPrice;
        this.deliveryCounty = deliveryCounty;
        this.commitBy = commitBy;
        this.description = description;
        this.schedule = new ArrayList<>(schedule);
        this.status = OfferStatus.OPEN;
        this.createdAt = createdAt;
    }

    /** What is still free to commit. */
    public BigDecimal remaining() {
        return totalQuantity.subtract(committedQuantity);
    }

    /** Takes a commitment; the caller holds the row's lock and checked that it fits. Full offers close. */
    public void commit(BigDecimal quantity) {
        committedQuantity = committedQuantity.add(quantity);
        if (committedQuantity.compareTo(totalQuantity) >= 0) {
            status = OfferStatus.CLOSED;
        }
    }

    /** Gives a proposal's or contract's quantity back; a closed offer before its deadline opens again. */
    public void free(BigDecimal quantity, LocalDate today) {
        committedQuantity = committedQuantity.subtract(quantity).max(BigDecimal.ZERO);
        if (status == OfferStatus.CLOSED && !today.isAfter(commitBy) && remaining().signum() > 0) {
            status = OfferStatus.OPEN;
        }
    }

    public void moveTo(OfferStatus next) {
        this.status = next;
    }

    public Set<Certification> certificationSet() {
        Set<Certification> set = EnumSet.noneOf(Certification.class);
        if (certifications != null && !certifications.isBlank()) {
            Arrays.stream(certifications.split(",")).map(Certification::valueOf).forEach(set::add);
        }
        return set;
    }

    public Long getId() { return id; }
    public long getBuyerId() { return buyerId; }
    public String getProduct() { return product; }
    public Grade getMinGrade() { return minGrade; }
    public BigDecimal getTotalQuantity() { return totalQuantity; }
    public BigDecimal getCommittedQuantity() { return committedQuantity; }
    public PricingType getPricingType() { return pricingType; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public BigDecimal getFloorPrice() { return floorPrice; }
    public String getDeliveryCounty() { return deliveryCounty; }
    public LocalDate getCommitBy() { return commitBy; }
    public String getDescription() { return description; }
    public OfferStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public List<ScheduleSlot> getSchedule() { return schedule; }
    public long getVersion() { return version; }
}
