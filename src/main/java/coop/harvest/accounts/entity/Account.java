package coop.harvest.accounts.entity;

import coop.harvest.accounts.boundary.Role;

import coop.harvest.platform.Dates;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/** A person or organisation that signs in: a cooperative's account, a buyer, or bureau staff. */
@Entity
@Table(name = "ACCOUNT")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "USERNAME", nullable = false)
    private String username;

    /** Lower-case username: uniqueness is case-insensitive. */
    @Column(name = "USERNAME_KEY", nullable = false)
    private String usernameKey;

    @Column(name = "PASSWORD_HASH", nullable = false)
    private String passwordHash;

    @Column(name = "DISPLAY_NAME", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE_NAME", nullable = false)
    private Role role;

    @Column(name = "EMAIL")
    private String email;

    @Column(name = "PHONE")
    private String phone;

    @Column(name = "ORGANIZATION")
    private String organization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "COOPERATIVE_ID")
    private Cooperative cooperative;

    @Column(name = "SUSPENDED", nullable = false)
    private boolean suspended;

    @Column(name = "DELIVERY_ADDRESS")
    private String deliveryAddress;

    @Column(name = "LOCALE")
    private String locale;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    /** Sessions signed in before this instant have ended (a password change or a reset forced by staff). */
    @Column(name = "CREDENTIALS_CHANGED_AT")
    private Instant credentialsChangedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Account() {
    }

    public Account(String username, String passwordHash, String displayName, Role role) {
        this.username = username;
        this.usernameKey = key(username);
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.createdAt = Dates.now();
    }

    /** The case-insensitive lookup key of a username. */
    public static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public void setContact(String email, String phone) {
        this.email = email;
        this.phone = phone;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    /** The default delivery address of the account's orders and demands (null for none). */
    public void setDeliveryAddress(String deliveryAddress) {
        this.deliveryAddress = deliveryAddress;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public void setCooperative(Cooperative cooperative) {
        this.cooperative = cooperative;
    }

    /** A new password hash; every session signed in before now ends. */
    public void changePassword(String passwordHash, Instant at) {
        this.passwordHash = passwordHash;
        this.credentialsChangedAt = at;
    }

    /** Whether a session that signed in at {@code signedInAt} is still valid for this account. */
    public boolean sessionValid(Instant signedInAt) {
        return credentialsChangedAt == null || signedInAt != null && !signedInAt.isBefore(credentialsChangedAt);
    }

    public void setSuspended(boolean suspended) {
        this.suspended = suspended;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getUsernameKey() {
        return usernameKey;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getOrganization() {
        return organization;
    }

    public Cooperative getCooperative() {
        return cooperative;
    }

    public boolean isSuspended() {
        return suspended;
    }

    public String getLocale() {
        return locale;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The name the public sees: the cooperative's name, the buyer's organisation, or the display name. */
    public String publicName() {
        if (cooperative != null) {
            return cooperative.getName();
        }
        return organization != null && !organization.isBlank() ? organization : displayName;
    }

    /** Suspended itself, or belongs to a suspended cooperative. */
    public boolean isBlocked() {
        return suspended || cooperative != null && cooperative.isSuspended();
    }
}
