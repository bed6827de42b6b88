package coop.harvest.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One expert's answer to a question; the asker may accept it. */
@Entity
@Table(name = "ANSWER")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "QUESTION_ID", nullable = false)
    private long questionId;

    @Column(name = "EXPERT_ID", nullable = false)
    private long expertId;

    @Column(name = "BODY", nullable = false, length = 4000)
    private String body;

    @Column(name = "ANSWERED_AT", nullable = false)
    private Instant answeredAt;

    @Column(name = "ACCEPTED", nullable = false)
    private boolean accepted;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Answer() {
    }

    public Answer(long questionId, long expertId, String body, Instant answeredAt) {
        this.questionId = questionId;
        this.expertId = expertId;
        this.body = body;
        this.answeredAt = answeredAt;
    }

    public void accept() {
        accepted = true;
    }

    public Long getId() { return id; }
    public long getQuestionId() { return questionId; }
    public long getExpertId() { return expertId; }
    public String getBody() { return body; }
    public Instant getAnsweredAt() { return answeredAt; }
    public boolean isAccepted() { return accepted; }
}
