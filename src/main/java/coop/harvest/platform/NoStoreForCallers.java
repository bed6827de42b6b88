package coop.harvest.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * An answer made for one signed-in caller (bearer token or session) is never stored by a browser or proxy cache:
 * {@code Cache-Control: no-store}, replacing whatever public caching the resource set for anonymous readers.
 */
@Provider
public class NoStoreForCallers implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean credentials = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || request.getSecurityContext() != null && request.getSecurityContext().getUserPrincipal() != null;
        if (credentials) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            response.getHeaders().remove(HttpHeaders.ETAG);
        }
    }
}
