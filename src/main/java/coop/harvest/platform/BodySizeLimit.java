package coop.harvest.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;

/**
 * Refuses a declared body over 1 MiB before anything reads it; {@link JsonRecordReader} bounds the rest. Photo
 * uploads ({@code PUT …/photos/{n}}) are larger and carry their own limit, enforced where they are read
 * (media.boundary.ImageUploads).
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    private static final Pattern UPLOAD = Pattern.compile(".*/photos/[^/]+/?");

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
}
