package coop.harvest.contracts.boundary;

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

/** The bureau ends a contract (staff), audited. */
@Path("moderation/contracts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ContractModerationResource {

    @Inject
    Contracts contracts;

    @PathParam("id")
    String id;

    @POST
    @Path("terminate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "terminateContract", summary = "Terminate a contract, with a reason (staff, audited)")
    @APIResponse(responseCode = "200", description = "The contract, TERMINATED; unshipped deliveries CANCELLED")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff")
    @APIResponse(responseCode = "404", description = "No such contract")
    @APIResponse(responseCode = "409", description = "Already ended")
    @APIResponse(responseCode = "422", description = "No reason given")
    public ContractView terminate(ContractReason body) {
        return Actions.onId(id, contractId -> contracts.terminate(contractId, body));
    }
}
