package coop.harvest.letters.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a letter's history, shown to its writer: the status it reached and, for feedback, the comment. */
@Entity
@Table(name = "LETTER_EVENT")
public class LetterEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "LETTER_ID", nullable = false, updatable = false)
    private long letterId;

    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, updatable = false)
    private LetterStatus status;

    @Column(name = "NOTE", updatable = false)
    private String note;

    protected LetterEvent() {
    }

    public LetterEvent(long letterId, Instant occurredAt, LetterStatus status, String note) {
        this.letterId = letterId;
        this.occurredAt = occurredAt;
        this.status = status;
        this.note = note;
    }

    public Long getId() { return id; }
    public long getLetterId() { return letterId; }
    public Instant getOccurredAt() { return occurredAt; }
    public LetterStatus getStatus() { return status; }
    public String getNote() { return note; }
}
