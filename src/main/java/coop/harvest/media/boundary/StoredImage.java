package coop.harvest.media.boundary;

/**
 * An image as stored: its id (what other components keep), the ETag of its display-size file (a quoted SHA-256), and
 * the display size in pixels. Both files are {@code image/jpeg}.
 */
public record StoredImage(long id, String etag, int width, int height) {
}
