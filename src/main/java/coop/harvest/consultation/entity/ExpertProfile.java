package coop.harvest.consultation.entity;

import coop.harvest.platform.Dates;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** An expert's public profile: name, title (e.g. 高级农艺师) and the crops they answer about. */
@Entity
@Table(name = "EXPERT_PROFILE")
public class ExpertProfile {

    @Id
    @Column(name = "ACCOUNT_ID")
    private Long accountId;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "TITLE", nullable = false, length = 100)
    private String title;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "EXPERT_SPECIALTY", joinColumns = @JoinColumn(name = "ACCOUNT_ID"))
    @Column(name = "PRODUCT_CODE", length = 40)
    private Set<String> specialties = new TreeSet<>();

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected ExpertProfile() {
    }

    public ExpertProfile(long accountId, String name, String title, Set<String> specialties) {
        this.accountId = accountId;
        this.name = name;
        this.title = title;
        this.specialties = new TreeSet<>(specialties);
        this.createdAt = Dates.now();
    }

    public Long getAccountId() { return accountId; }
    public String getName() { return name; }
    public String getTitle() { return title; }
    public Set<String> getSpecialties() { return new TreeSet<>(specialties); }
    public Instant getCreatedAt() { return createdAt; }
}
