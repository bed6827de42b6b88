package coop.harvest.messaging.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An account's phone for SMS, set only by a correct code. The row also serialises an account's code requests
 * (locked with PESSIMISTIC_WRITE while the hourly limit is counted).
 */
@Entity
@Cacheable(false)
@Table(name = "SMS_PHONE")
public class VerifiedPhone {

    @Id
    @Column(name = "ACCOUNT_ID")
    private long accountId;

    @Column(name = "PHONE")
    private String phone;

    @Column(name = "VERIFIED_AT")
    private Instant verifiedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected VerifiedPhone() {
    }

    public VerifiedPhone(long accountId) {
        this.accountId = accountId;
    }

    public void verified(String phone, Instant at) {
        this.phone = phone;
        this.verifiedAt = at;
    }

    public long getAccountId() { return accountId; }
    public String getPhone() { return phone; }
    public Instant getVerifiedAt() { return verifiedAt; }

    public boolean isVerified() {
        return phone != null && verifiedAt != null;
    }
}
