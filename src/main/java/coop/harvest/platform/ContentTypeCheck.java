package coop.harvest.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * A Content-Type that is not a media type at all ({@code garbage}) makes the JAX-RS runtime answer a bare 400 with
 * no body; refusing it here gives the client the same 415 problem as any other unsupported type.
 */
@Provider
@PreMatching
public class ContentTypeCheck implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        try {
            MediaType.valueOf(contentType);
        } catch (IllegalArgumentException unparsable) {
            request.abortWith(Problems.response(415, "Unsupported Media Type",
                    "Unsupported media type; send application/json"));
        }
    }
}
