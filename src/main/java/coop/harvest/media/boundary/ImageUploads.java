package coop.harvest.media.boundary;

import coop.harvest.media.control.ImageFormat;
import coop.harvest.platform.BodySizeLimit;
import coop.harvest.platform.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a raw upload body ({@code PUT} with {@code Content-Type: image/jpeg}) within the caller's size limit. Upload
 * paths are exempt from the API's 1 MiB body limit (see platform.BodySizeLimit), so this is where their limit holds:
 * the media type is checked first (415, before reading anything), then at most {@code maxBytes + 1} bytes are read.
 */
public final class ImageUploads {

    private ImageUploads() {
    }

    /** True for the media types an upload may have: image/jpeg (also as phones name it) and image/png. */
    public static boolean accepted(String contentType) {
        return ImageFormat.ofMediaType(contentType).isPresent();
    }

    public static byte[] read(InputStream body, String contentType, long declaredLength, long maxBytes) {
        if (ImageFormat.ofMediaType(contentType).isEmpty()) {
            BodySizeLimit.discard(body, maxBytes);
            throw new ProblemException(415, "Unsupported Media Type", "Send the photo as image/jpeg or image/png");
        }
        if (declaredLength > maxBytes) {
            BodySizeLimit.discard(body, maxBytes);
            throw tooLarge(maxBytes);
        }
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                BodySizeLimit.discard(body, maxBytes);
                throw tooLarge(maxBytes);
            }
            if (bytes.length == 0) {
                throw ProblemException.invalid("body", "is empty; send the photo's bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProblemException tooLarge(long maxBytes) {
        return ProblemException.tooLarge("The photo is larger than " + maxBytes / (1024 * 1024) + " MiB");
    }
}
