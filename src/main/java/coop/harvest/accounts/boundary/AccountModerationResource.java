package coop.harvest.accounts.boundary;

import coop.harvest.platform.Actions;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Staff actions on accounts that only the accounts component may carry out. */
@Path("moderation/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountModerationResource {

    @Inject
    Accounts accounts;

    @Inject
    AccountRelations relations;

    @POST
    @Path("{id}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "linkAccounts", summary = "Record that two accounts act for one party: trades between "
            + "them are not market trades (staff; audited)")
    @APIResponse(responseCode = "201", description = "The link")
    @APIResponse(responseCode = "404", description = "Unknown account")
    @APIResponse(responseCode = "409", description = "Linked already")
    @APIResponse(responseCode = "422", description = "No reason, or the same account twice")
    public jakarta.ws.rs.core.Response link(@PathParam("id") String id, AccountLinkBody body) {
        if (body == null) {
            throw coop.harvest.platform.ProblemException.badRequest("The request needs a JSON body");
        }
        AccountRelations.AccountLinkView link = Actions.onId(id, accountId -> relations.link(accountId,
                body.otherAccountId, body.reason));
        return jakarta.ws.rs.core.Response.status(201).entity(link).build();
    }

    @POST
    @Path("{id}/reset-password")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "forcePasswordReset",
            summary = "Force a password reset: a temporary password, every token and session ends (staff; audited)")
    @APIResponse(responseCode = "200", description = "The temporary password, shown once")
    @APIResponse(responseCode = "404", description = "Unknown account")
    @APIResponse(responseCode = "422", description = "No reason given")
    public PasswordReset reset(@PathParam("id") String id, StaffResetBody body) {
        return Actions.onId(id, accountId -> accounts.resetPassword(accountId, body == null ? null : body.reason));
    }
}
