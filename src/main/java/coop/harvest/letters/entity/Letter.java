package coop.harvest.letters.entity;

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

/**
 * A letter to the bureau. The writer's name, phone and e-mail are seen by the writer and staff only; the access code
 * is stored as its SHA-256. First-answer facts (when, how many working days, on time) are kept for the figures even
 * when the letter is reopened and answered again.
 */
@Entity
@Table(name = "LETTER")
public class Letter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "TRACKING_NUMBER", nullable = false, updatable = false)
    private String trackingNumber;

    @Column(name = "ACCESS_CODE_HASH", nullable = false, updatable = false)
    private String accessCodeHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", nullable = false, updatable = false)
    private LetterCategory category;

    @Column(name = "SUBJECT", nullable = false, updatable = false)
    private String subject;

    @Column(name = "BODY", nullable = false, updatable = false)
    private String body;

    @Column(name = "WRITER_NAME", nullable = false, updatable = false)
    private String writerName;

    @Column(name = "WRITER_PHONE", updatable = false)
    private String writerPhone;

    @Column(name = "WRITER_EMAIL", updatable = false)
    private String writerEmail;

    @Column(name = "WRITER_ACCOUNT_ID", updatable = false)
    private Long writerAccountId;

    @Column(name = "LANGUAGE", nullable = false, updatable = false)
    private String language;

    @Column(name = "MAY_PUBLISH", nullable = false, updatable = false)
    private boolean mayPublish;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private LetterStatus status = LetterStatus.RECEIVED;

    @Column(name = "ASSIGNEE")
    private String assignee;

    @Column(name = "ANSWER")
    private String answer;

    @Column(name = "ANSWER_PUBLISHED", nullable = false)
    private boolean answerPublished;

    @Column(name = "ANSWERED_AT")
    private Instant answeredAt;

    @Column(name = "FIRST_ANSWERED_AT")
    private Instant firstAnsweredAt;

    @Column(name = "WORKING_DAYS_TO_ANSWER")
    private Integer workingDaysToAnswer;

    @Column(name = "ANSWERED_ON_TIME")
    private Boolean answeredOnTime;

    @Column(name = "RECEIVED_ON", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "DUE_BY", nullable = false)
    private LocalDate dueBy;

    @Column(name = "OVERDUE_NOTIFIED", nullable = false)
    private boolean overdueNotified;

    @Column(name = "SATISFIED")
    private Boolean satisfied;

    @Column(name = "CLOSED_AT")
    private Instant closedAt;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected Letter() {
    }

    public Letter(String trackingNumber, String accessCodeHash, LetterCategory category, String subject, String body,
                  String writerName, String writerPhone, String writerEmail, Long writerAccountId, String language,
                  boolean mayPublish, Instant createdAt, LocalDate receivedOn, LocalDate dueBy) {
        this.trackingNumber = trackingNumber;
        this.accessCodeHash = accessCodeHash;
        this.category = category;
        this.subject = subject;
        this.body = body;
        this.writerName = writerName;
        this.writerPhone = writerPhone;
        this.writerEmail = writerEmail;
        this.writerAccountId = writerAccountId;
        this.language = language;
        this.mayPublish = mayPublish;
        this.createdAt = createdAt;
        this.receivedOn = receivedOn;
        this.dueBy = dueBy;
    }

    public void assign(String staffUsername) {
        this.status = LetterStatus.ASSIGNED;
        this.assignee = staffUsername;
    }

    /** Records an answer; the first one also fixes the figures (working days taken, on time or not). */
    public void answer(String text, boolean publish, Instant at, LocalDate day, int workingDays) {
        this.status = LetterStatus.ANSWERED;
        this.answer = text;
        this.answerPublished = publish && mayPublish;
        this.answeredAt = at;
        if (firstAnsweredAt == null) {
            firstAnsweredAt = at;
            workingDaysToAnswer = workingDays;
            answeredOnTime = !day.isAfter(dueBy);
        }
    }

    public void feedback(boolean settled, Instant at, LocalDate newDueBy) {
        this.satisfied = settled;
        if (settled) {
            this.status = LetterStatus.CLOSED;
            this.closedAt = at;
        } else {
            this.status = LetterStatus.REOPENED;
            this.dueBy = newDueBy;
            this.overdueNotified = false;
        }
    }

    public Long getId() { return id; }
    public String getTrackingNumber() { return trackingNumber; }
    public String getAccessCodeHash() { return accessCodeHash; }
    public LetterCategory getCategory() { return category; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public String getWriterName() { return writerName; }
    public String getWriterPhone() { return writerPhone; }
    public String getWriterEmail() { return writerEmail; }
    public Long getWriterAccountId() { return writerAccountId; }
    public String getLanguage() { return language; }
    public boolean isMayPublish() { return mayPublish; }
    public LetterStatus getStatus() { return status; }
    public String getAssignee() { return assignee; }
    public String getAnswer() { return answer; }
    public boolean isAnswerPublished() { return answerPublished; }
    public Instant getAnsweredAt() { return answeredAt; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public LocalDate getDueBy() { return dueBy; }
    public Boolean getSatisfied() { return satisfied; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
