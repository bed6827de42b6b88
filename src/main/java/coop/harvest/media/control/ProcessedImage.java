package coop.harvest.media.control;

/** An accepted image, re-encoded as JPEG: the display size (long side at most 1600 px) and the thumbnail. */
public record ProcessedImage(byte[] full, int width, int height, byte[] thumb, int thumbWidth, int thumbHeight) {
}
