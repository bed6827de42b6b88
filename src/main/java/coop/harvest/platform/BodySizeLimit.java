package coop.harvest.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/** Refuses a declared body over 1 MiB before anything reads it; {@link JsonRecordReader} bounds the rest. */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > JsonRecordReader.MAX_BODY_BYTES) {
            request.abortWith(Problems.response(413, "Request body too large",
                    "The request body is larger than 1 MiB"));
        }
    }
}
