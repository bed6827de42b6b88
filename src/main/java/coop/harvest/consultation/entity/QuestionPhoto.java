package coop.harvest.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Photo number n (1–4) of a question: the id of the image the media component stores. */
@Entity
@Table(name = "QUESTION_PHOTO")
@IdClass(QuestionPhoto.Key.class)
public class QuestionPhoto {

    @Id
    @Column(name = "QUESTION_ID")
    private long questionId;

    @Id
    @Column(name = "N")
    private int n;

    @Column(name = "IMAGE_ID", nullable = false)
    private long imageId;

    @Column(name = "ETAG", nullable = false, length = 64)
    private String etag;

    protected QuestionPhoto() {
    }

    public QuestionPhoto(long questionId, int n, long imageId, String etag) {
        this.questionId = questionId;
        this.n = n;
        replace(imageId, etag);
    }

    public final void replace(long imageId, String etag) {
        this.imageId = imageId;
        this.etag = etag.replace("\"", "");
    }

    public long getQuestionId() { return questionId; }
    public int getN() { return n; }
    public long getImageId() { return imageId; }
    public String getEtag() { return etag; }

    /** The composite key (question, n). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long questionId;
        public int n;

        public Key() {
        }

        public Key(long questionId, int n) {
            this.questionId = questionId;
            this.n = n;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.questionId == questionId && k.n == n;
        }

        @Override
        public int hashCode() {
            return Objects.hash(questionId, n);
        }
    }
}
