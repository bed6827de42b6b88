package coop.harvest.contracts.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
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

/**
 * A cooperative's commitment to an offer: PROPOSED until the buyer answers, ACTIVE with its deliveries once
 * accepted. The cooperative's county is kept as it was at the commitment, for the bureau's yearly figures.
 */
@Entity
@Cacheable(false)
@Table(name = "FARM_CONTRACT")
public class FarmContract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "OFFER_ID", nullable = false, updatable = false)
    private long offerId;

    @Column(name = "BUYER_ID", nullable = false, updatable = false)
    private long buyerId;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "COUNTY", nullable = false, updatable = false)
    private String county;

    @Column(name = "PRODUCT_CODE", nullable = false, updatable = false)
    private String product;

    @Column(name = "QUANTITY", nullable = false, updatable = false, precision = 13, scale = 3)
    private BigDecimal quantity;

    @Column(name = "ACREAGE", updatable = false, precision = 12, scale = 2)
    private BigDecimal acreage;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private ContractStatus status;

    @Column(name = "REASON")
    private String reason;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "ACCEPTED_AT")
    private Instant acceptedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected FarmContract() {
    }

    public FarmContract(long offerId, long buyerId, long cooperativeId, String county, String product,
                        BigDecimal quantity, BigDecimal acreage, Instant createdAt) {
        this.offerId = offerId;
        this.buyerId = buyerId;
        this.cooperativeId = cooperativeId;
        this.county = county;
        this.product = product;
        this.quantity = quantity;
        this.acreage = acreage;
        this.status = ContractStatus.PROPOSED;
        this.createdAt = createdAt;
    }

    public void moveTo(ContractStatus next, String why, Instant at) {
        this.status = next;
        if (why != null) {
            this.reason = why;
        }
        if (next == ContractStatus.ACTIVE) {
            this.acceptedAt = at;
        }
    }

    public Long getId() { return id; }
    public long getOfferId() { return offerId; }
    public long getBuyerId() { return buyerId; }
    public long getCooperativeId() { return cooperativeId; }
    public String getCounty() { return county; }
    public String getProduct() { return product; }
    public BigDecimal getQuantity() { return quantity; }
    public BigDecimal getAcreage() { return acreage; }
    public ContractStatus getStatus() { return status; }
    public String getReason() { return reason; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public long getVersion() { return version; }
}
