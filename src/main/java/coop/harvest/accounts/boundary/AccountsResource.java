package coop.harvest.accounts.boundary;

import coop.harvest.platform.IfMatch;
import coop.harvest.platform.QueryParams;
import coop.harvest.platform.TransientRetry;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Registration, one's own account, and staff accounts. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    Accounts accounts;

    @Inject
    SignupLimiter signupLimiter;

    @Context
    HttpServletRequest request;

    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "register", summary = "Register a cooperative or buyer account")
    @APIResponse(responseCode = "201", description = "The new account")
    @APIResponse(responseCode = "409", description = "Username or registration number taken")
    @APIResponse(responseCode = "429", description = "Too many registrations from this address")
    public Response register(NewAccount body) {
        signupLimiter.admit(request.getRemoteAddr());
        AccountView created = TransientRetry.run(() -> accounts.register(body));
        return Response.created(UriBuilder.fromPath("/api/accounts/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Path("accounts/{id}")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getAccount", summary = "One account (its owner and staff)")
    public AccountView account(@PathParam("id") String id) {
        return accounts.account(QueryParams.id("id", id));
    }

    @GET
    @Path("me")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "me", summary = "The signed-in account")
    public AccountView me() {
        return accounts.me();
    }

    @PUT
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updateMe",
            summary = "Change one's display name, e-mail, phone or default delivery address")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "400", description = "If-Match holds no version")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "A field breaks its rule")
    public AccountView updateMe(@HeaderParam("If-Match") String ifMatch, ProfileChange body) {
        return accounts.updateMe(body, IfMatch.version(ifMatch));
    }

    @PUT
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "changePassword",
            summary = "Change one's password; every token and session of the account ends")
    @APIResponse(responseCode = "204", description = "Changed; sign in again with the new password")
    @APIResponse(responseCode = "403", description = "The current password is wrong")
    @APIResponse(responseCode = "422", description = "The new password is too weak")
    @APIResponse(responseCode = "429", description = "Too many wrong passwords")
    public Response changePassword(PasswordChange body) {
        accounts.changePassword(body, request.getRemoteAddr());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    @POST
    @Path("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createStaff", summary = "Create another bureau staff account (staff)")
    @APIResponse(responseCode = "201", description = "The new staff account")
    @APIResponse(responseCode = "409", description = "Username taken")
    public Response createStaff(NewStaff body) {
        AccountView created = accounts.createStaff(body);
        return Response.created(UriBuilder.fromPath("/api/accounts/{id}").build(created.id())).entity(created).build();
    }
}
