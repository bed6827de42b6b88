package coop.harvest.posts.entity;

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

/** A post of the bureau; {@code body} is Markdown, rendered when shown. */
@Entity
@Table(name = "BUREAU_POST")
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    private PostKind kind;

    @Column(name = "TITLE", nullable = false)
    private String title;

    @Column(name = "BODY", nullable = false)
    private String body;

    @Column(name = "LANG", nullable = false)
    private String lang;

    @Column(name = "AUTHOR", nullable = false)
    private String author;

    @Column(name = "AUTHOR_ID", updatable = false)
    private Long authorId;

    @Column(name = "PUBLISHED_AT", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected Post() {
    }

    public Post(PostKind kind, String title, String body, String lang, String author, Long authorId,
                Instant publishedAt) {
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.lang = lang;
        this.author = author;
        this.authorId = authorId;
        this.publishedAt = publishedAt;
        this.updatedAt = publishedAt;
    }

    public void edit(PostKind kind, String title, String body, String lang, Instant at) {
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.lang = lang;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public PostKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public String getLang() { return lang; }
    public String getAuthor() { return author; }
    public Instant getPublishedAt() { return publishedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
