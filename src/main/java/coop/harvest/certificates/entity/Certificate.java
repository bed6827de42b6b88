package coop.harvest.certificates.entity;

import coop.harvest.platform.Dates;
import coop.harvest.vocabulary.Certification;
import coop.harvest.certificates.boundary.CertificateStatus;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A certificate a cooperative holds; products are stored as a comma-separated list of product codes. */
@Entity
@Cacheable(false)
@Table(name = "CERTIFICATE")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false)
    private long cooperativeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "CERT_TYPE", nullable = false, length = 30)
    private Certification type;

    @Column(name = "CERT_NUMBER", nullable = false, length = 100)
    private String number;

    @Column(name = "ISSUER", nullable = false, length = 200)
    private String issuer;

    @Column(name = "PRODUCTS", nullable = false, length = 1000)
    private String products;

    @Column(name = "VALID_FROM", nullable = false)
    private LocalDate validFrom;

    @Column(name = "VALID_UNTIL", nullable = false)
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private CertificateStatus status;

    @Column(name = "REASON", length = 1000)
    private String reason;

    @Column(name = "DOCUMENT_SHA256", length = 64)
    private String documentSha256;

    @Column(name = "DOCUMENT_TYPE", length = 30)
    private String documentType;

    @Column(name = "DOCUMENT_SIZE")
    private Long documentSize;

    @Column(name = "LIVE_KEY", length = 140)
    private String liveKey;

    @Column(name = "REMINDED", nullable = false)
    private boolean reminded;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Certificate() {
    }

    public Certificate(long cooperativeId, Certification type, String number, String issuer, List<String> products,
                       LocalDate validFrom, LocalDate validUntil) {
        this.cooperativeId = cooperativeId;
        this.type = type;
        this.number = number;
        this.issuer = issuer;
        this.products = String.join(",", products);
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.status = CertificateStatus.PENDING;
        this.liveKey = type.name() + ":" + number;
        this.createdAt = Dates.now();
        this.updatedAt = createdAt;
    }

    public void decide(CertificateStatus next, String reason) {
        this.status = next;
        this.reason = reason;
        if (next == CertificateStatus.REJECTED) {
            this.liveKey = null;
        }
        this.updatedAt = Dates.now();
    }

    public void attach(String sha256, String mediaType, long size) {
        this.documentSha256 = sha256;
        this.documentType = mediaType;
        this.documentSize = size;
        this.updatedAt = Dates.now();
    }

    public Long getId() { return id; }
    public long getCooperativeId() { return cooperativeId; }
    public Certification getType() { return type; }
    public String getNumber() { return number; }
    public String getIssuer() { return issuer; }
    public List<String> getProducts() { return products.isEmpty() ? List.of() : Arrays.asList(products.split(",")); }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidUntil() { return validUntil; }
    public CertificateStatus getStatus() { return status; }
    public String getReason() { return reason; }
    public String getDocumentSha256() { return documentSha256; }
    public String getDocumentType() { return documentType; }
    public Long getDocumentSize() { return documentSize; }
    public boolean isReminded() { return reminded; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
