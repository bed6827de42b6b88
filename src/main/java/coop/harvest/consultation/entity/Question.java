package coop.harvest.consultation.entity;

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

/**
 * A question about a crop, asked on the web by its asker or logged by staff for a hotline caller (then the asker is
 * the staff member, and the caller's name and phone are kept apart, never shown to the public).
 */
@Entity
@Table(name = "QUESTION")
@Cacheable(false)
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ASKER_ID", nullable = false)
    private long askerId;

    @Column(name = "ASKER_NAME", nullable = false, length = 200)
    private String askerName;

    @Column(name = "PRODUCT_CODE", nullable = false, length = 40)
    private String product;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Column(name = "BODY", nullable = false, length = 4000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", nullable = false, length = 10)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private QuestionStatus status = QuestionStatus.OPEN;

    @Column(name = "CALLER_NAME", length = 100)
    private String callerName;

    @Column(name = "CALLER_PHONE", length = 30)
    private String callerPhone;

    @Column(name = "ANSWER_COUNT", nullable = false)
    private int answerCount;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "FIRST_ANSWER_AT")
    private Instant firstAnswerAt;

    @Column(name = "RESOLVED_AT")
    private Instant resolvedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Question() {
    }

    public Question(long askerId, String askerName, String product, String title, String body, Channel channel,
                    Instant createdAt) {
        this.askerId = askerId;
        this.askerName = askerName;
        this.product = product;
        this.title = title;
        this.body = body;
        this.channel = channel;
        this.createdAt = createdAt;
    }

    public void setCaller(String name, String phone) {
        this.callerName = name;
        this.callerPhone = phone;
    }

    /** Records an answer given at that instant; the caller has checked the state machine. */
    public void answered(QuestionStatus next, Instant at) {
        status = next;
        answerCount++;
        if (firstAnswerAt == null) {
            firstAnswerAt = at;
        }
    }

    public void resolved(QuestionStatus next, Instant at) {
        status = next;
        resolvedAt = at;
    }

    public Long getId() { return id; }
    public long getAskerId() { return askerId; }
    public String getAskerName() { return askerName; }
    public String getProduct() { return product; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Channel getChannel() { return channel; }
    public QuestionStatus getStatus() { return status; }
    public String getCallerName() { return callerName; }
    public String getCallerPhone() { return callerPhone; }
    public int getAnswerCount() { return answerCount; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getFirstAnswerAt() { return firstAnswerAt; }
    public Instant getResolvedAt() { return resolvedAt; }
    public long getVersion() { return version; }
}
