package coop.harvest.accounts.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Bearer tokens: sign in and sign out. */
@Path("auth/token")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    Authenticator authenticator;

    @Inject
    CurrentUser currentUser;

    @jakarta.ws.rs.core.Context
    jakarta.servlet.http.HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signIn", summary = "Exchange username and password for a bearer token")
    @APIResponse(responseCode = "200", description = "The token and when it expires")
    @APIResponse(responseCode = "401", description = "Wrong username or password")
    @APIResponse(responseCode = "429", description = "Too many failed attempts for this username or address")
    public TokenView signIn(Credentials credentials) {
        return authenticator.issueToken(credentials, request.getRemoteAddr());
    }

    @DELETE
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "signOut", summary = "Revoke the bearer token of this request")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response signOut(@HeaderParam("Authorization") String authorization) {
        currentUser.require();
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            authenticator.revoke(authorization.substring(7).strip());
        }
        return Response.noContent().build();
    }
}
