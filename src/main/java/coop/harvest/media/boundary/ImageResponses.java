package coop.harvest.media.boundary;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Serves one file of a stored image over JAX-RS: {@code image/jpeg} with its ETag and Cache-Control, and 304 when the
 * request's {@code If-None-Match} names that ETag.
 */
public final class ImageResponses {

    /** Five minutes fresh, then revalidated: a photo replaced at the same address shows soon, a 304 is cheap. */
    public static final int MAX_AGE_SECONDS = 300;

    private ImageResponses() {
    }

    public static Response serve(ImageFile file, Request request) {
        EntityTag tag = new EntityTag(file.etag().substring(1, file.etag().length() - 1));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        cache.setNoTransform(false);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        // Content-Length comes from the file; X-Content-Type-Options from platform.SecurityHeaders
        return Response.ok(file.path().toFile(), ImageFile.MEDIA_TYPE).tag(tag).cacheControl(cache).build();
    }
}
