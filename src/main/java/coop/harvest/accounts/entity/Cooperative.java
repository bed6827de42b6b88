package coop.harvest.accounts.entity;

import coop.harvest.platform.Dates;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A farmer cooperative; verified by the bureau, possibly suspended. */
@Entity
@Table(name = "COOPERATIVE")
public class Cooperative {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "NAME", nullable = false)
    private String name;

    @Column(name = "REGISTRATION_NUMBER", nullable = false)
    private String registrationNumber;

    @Column(name = "COUNTY", nullable = false)
    private String county;

    @Column(name = "VERIFIED", nullable = false)
    private boolean verified;

    @Column(name = "VERIFIED_AT")
    private Instant verifiedAt;

    @Column(name = "SUSPENDED", nullable = false)
    private boolean suspended;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    /** Sum and count of the ratings of its reviews: written only by a conditional update (CooperativeRatings). */
    @Column(name = "RATING_SUM", insertable = false, updatable = false)
    private int ratingSum;

    @Column(name = "RATING_COUNT", insertable = false, updatable = false)
    private int ratingCount;

    @Version
    @Column(name = "VERSION")
    private long version;

    public int getRatingSum() {
        return ratingSum;
    }

    public int getRatingCount() {
        return ratingCount;
    }

    protected Cooperative() {
    }

    public Cooperative(String name, String registrationNumber, String county) {
        this.name = name;
        this.registrationNumber = registrationNumber;
        this.county = county;
        this.createdAt = Dates.now();
    }

    public void verify() {
        verified = true;
        verifiedAt = Dates.now();
    }

    public void setSuspended(boolean suspended) {
        this.suspended = suspended;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getCounty() {
        return county;
    }

    public boolean isVerified() {
        return verified;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public boolean isSuspended() {
        return suspended;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
