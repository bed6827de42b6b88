package coop.harvest.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A path like {@code /api/listings/%20} matches {@code {id}} with a blank value, which the resources' optional-value
 * parsing would read as "absent". No resource is named by a blank segment, so it is a 404 before any resource runs.
 */
@Provider
public class BlankPathSegments implements ContainerRequestFilter {

    @Context
    UriInfo uriInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        for (List<String> values : uriInfo.getPathParameters().values()) {
            if (values.stream().anyMatch(String::isBlank)) {
                request.abortWith(Problems.response(404, "Not found", "No such resource"));
                return;
            }
        }
    }
}
