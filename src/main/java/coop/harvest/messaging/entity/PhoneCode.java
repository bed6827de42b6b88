package coop.harvest.messaging.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A verification code sent to a phone (only its hash is kept). */
@Entity
@Cacheable(false)
@Table(name = "SMS_PHONE_CODE")
public class PhoneCode {

    public static final int MAX_WRONG = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "PHONE", nullable = false, updatable = false)
    private String phone;

    @Column(name = "CODE_HASH", nullable = false, updatable = false)
    private String codeHash;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "EXPIRES_AT", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "WRONG_TRIES", nullable = false)
    private int wrongTries;

    @Column(name = "STATE", nullable = false)
    private String state;

    protected PhoneCode() {
    }

    public PhoneCode(long accountId, String phone, String codeHash, Instant now, Instant expiresAt) {
        this.accountId = accountId;
        this.phone = phone;
        this.codeHash = codeHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.state = "OPEN";
    }

    public boolean isOpen(Instant now) {
        return "OPEN".equals(state) && now.isBefore(expiresAt);
    }

    /** Counts a wrong try; the fifth voids the code. */
    public void wrongTry() {
        wrongTries++;
        if (wrongTries >= MAX_WRONG) {
            state = "VOID";
        }
    }

    public void use() {
        state = "USED";
    }

    public void voidCode() {
        state = "VOID";
    }

    public Long getId() { return id; }
    public String getPhone() { return phone; }
    public String getCodeHash() { return codeHash; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public int getWrongTries() { return wrongTries; }
}
