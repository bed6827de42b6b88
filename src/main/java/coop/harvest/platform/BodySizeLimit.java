package coop.harvest.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * Refuses a declared body over 1 MiB before anything reads it; {@link JsonRecordReader} bounds the rest. Photo
 * uploads ({@code PUT …/photos/{n}}, {@code PUT …/certificates/{id}/document}) are larger and carry their own limit, enforced where they are read
 * (media.boundary.ImageUploads), each at most {@link #MAX_UPLOAD_BYTES}.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    /** The largest body any upload operation takes (a listing's photo); each upload's own limit is at most this. */
    public static final long MAX_UPLOAD_BYTES = 8L * 1024 * 1024;

    private static final Pattern UPLOAD = Pattern.compile("(.*/)?(photos/[^/]+|certificates/[^/]+/document)/?");

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > JsonRecordReader.MAX_BODY_BYTES && !isUpload(request)) {
            request.abortWith(Problems.response(413, "Request body too large",
                    "The request body is larger than 1 MiB"));
        }
    }

    static boolean isUpload(ContainerRequestContext request) {
        return "PUT".equals(request.getMethod()) && UPLOAD.matcher(request.getUriInfo().getPath()).matches();
    }

    /**
     * Reads and drops what is left of a refused body, up to four times the limit the operation has, so that a client
     * that is still sending (a photo of several MiB) reads the refusal instead of a reset connection; a larger body is
     * left to the container.
     */
    public static void discard(InputStream body, long limit) {
        if (body == null) {
            return;
        }
        long left = 4 * limit;
        byte[] buffer = new byte[64 * 1024];
        try {
            int read;
            while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) != -1) {
                left -= read;
            }
        } catch (IOException clientWentAway) {
            // nothing to answer to
        }
    }
}
