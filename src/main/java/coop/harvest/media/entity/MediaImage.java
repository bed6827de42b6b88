package coop.harvest.media.entity;

import coop.harvest.platform.Dates;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored image: the hashes that name its two JPEG files (display size and thumbnail). Never changes. */
@Entity
@Table(name = "MEDIA_IMAGE")
public class MediaImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "THUMB_SHA256", nullable = false, length = 64)
    private String thumbSha256;

    @Column(name = "WIDTH", nullable = false)
    private int width;

    @Column(name = "HEIGHT", nullable = false)
    private int height;

    @Column(name = "BYTE_SIZE", nullable = false)
    private int byteSize;

    @Column(name = "THUMB_BYTE_SIZE", nullable = false)
    private int thumbByteSize;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected MediaImage() {
    }

    public MediaImage(String sha256, String thumbSha256, int width, int height, int byteSize, int thumbByteSize) {
        this.sha256 = sha256;
        this.thumbSha256 = thumbSha256;
        this.width = width;
        this.height = height;
        this.byteSize = byteSize;
        this.thumbByteSize = thumbByteSize;
        this.createdAt = Dates.now();
    }

    public Long getId() { return id; }
    public String getSha256() { return sha256; }
    public String getThumbSha256() { return thumbSha256; }
    public int getWidth() { return width; }
    public int getHeight() { return height; }
    public int getByteSize() { return byteSize; }
    public int getThumbByteSize() { return thumbByteSize; }
    public Instant getCreatedAt() { return createdAt; }
}
