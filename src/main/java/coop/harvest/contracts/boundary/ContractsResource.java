package coop.harvest.contracts.boundary;

import coop.harvest.contracts.entity.ContractStatus;
import coop.harvest.platform.Actions;
import coop.harvest.platform.Page;
import coop.harvest.platform.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Contracts over HTTP; the rules live in {@link Contracts}, the yearly figures in {@link ContractFigures}. */
@ApplicationScoped
@Path("contracts")
@Produces(MediaType.APPLICATION_JSON)
public class ContractsResource {

    @Inject
    Contracts contracts;

    @Inject
    ContractFigures figures;

    @GET
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listContracts", summary = "A buyer's or a cooperative's contracts; all for staff")
    @APIResponse(responseCode = "200", description = "A page of contracts")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "422", description = "Unknown status")
    public Page<ContractView> list(@QueryParam("status") String status, @QueryParam("page") String page,
                                   @QueryParam("size") String size) {
        return contracts.list(QueryParams.enumValue("status", status, ContractStatus.class),
                QueryParams.page(page, size));
    }

    @GET
    @Path("stats")
    @Operation(operationId = "contractStats", summary = "The bureau's order-farming figures of a year (public)")
    @APIResponse(responseCode = "200", description = "Per product and county: contracts, quantity, acreage, "
            + "delivered, fulfilment rate")
    @APIResponse(responseCode = "400", description = "year is not a number")
    @APIResponse(responseCode = "422", description = "year out of range")
    public List<ContractFigure> stats(@QueryParam("year") String year) {
        return figures.year(QueryParams.integer("year", year));
    }

    @GET
    @Path("stats.csv")
    @Produces({"text/csv", "application/problem+json"})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "contractStatsCsv", summary = "The year's order-farming figures as CSV (staff)")
    @APIResponse(responseCode = "200", description = "UTF-8 CSV with a byte-order mark, every cell quoted")
    @APIResponse(responseCode = "400", description = "year is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff")
    @APIResponse(responseCode = "422", description = "year out of range")
    public Response statsCsv(@QueryParam("year") String year) {
        Integer y = QueryParams.integer("year", year);
        return Response.ok(figures.csv(y), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"order-farming-"
                        + (y == null ? "" : y) + ".csv\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getContract", summary = "One contract (its parties and staff)")
    @APIResponse(responseCode = "200", description = "The contract")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such contract, or not yours")
    public ContractView get(@PathParam("id") String id) {
        return contracts.get(QueryParams.id("id", id));
    }

    @POST
    @Path("{id}/accept")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "acceptContract", summary = "Accept a proposal (the buyer)")
    @APIResponse(responseCode = "200", description = "The contract, ACTIVE, with its deliveries SCHEDULED")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the contract's buyer")
    @APIResponse(responseCode = "404", description = "No such contract, or not yours")
    @APIResponse(responseCode = "409", description = "Not PROPOSED")
    public ContractView accept(@PathParam("id") String id) {
        return Actions.onId(id, contracts::accept);
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "declineContract", summary = "Decline a proposal (the buyer); its quantity is free again")
    @APIResponse(responseCode = "200", description = "The contract, DECLINED")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the contract's buyer")
    @APIResponse(responseCode = "404", description = "No such contract, or not yours")
    @APIResponse(responseCode = "409", description = "Not PROPOSED")
    public ContractView decline(@PathParam("id") String id, ContractReason body) {
        return Actions.onId(id, contractId -> contracts.decline(contractId, body));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "cancelContract", summary = "Cancel a contract before anything has shipped (a party)")
    @APIResponse(responseCode = "200", description = "The contract, CANCELLED")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a party of the contract")
    @APIResponse(responseCode = "404", description = "No such contract, or not yours")
    @APIResponse(responseCode = "409", description = "Not PROPOSED or ACTIVE, or a delivery has shipped")
    @APIResponse(responseCode = "422", description = "No reason given")
    public ContractView cancel(@PathParam("id") String id, ContractReason body) {
        return Actions.onId(id, contractId -> contracts.cancel(contractId, body));
    }

    @POST
    @Path("{id}/deliveries/{number}/ship")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "shipContractDelivery", summary = "Ship a delivery (the cooperative); creates its "
            + "order in SHIPPED")
    @APIResponse(responseCode = "200", description = "The contract, the delivery SHIPPED with its price")
    @APIResponse(responseCode = "400", description = "Malformed JSON, or number is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the contract's cooperative")
    @APIResponse(responseCode = "404", description = "No such contract or delivery")
    @APIResponse(responseCode = "409", description = "Contract not ACTIVE, or the delivery not SCHEDULED or LATE")
    @APIResponse(responseCode = "422", description = "quantity not above 0 or above the delivery's quantity")
    public ContractView ship(@PathParam("id") String id, @PathParam("number") String number, ShipBody body) {
        Integer n = QueryParams.integer("number", number);
        if (n == null) {
            throw coop.harvest.platform.ProblemException.badRequest("number is required");
        }
        return Actions.onId(id, contractId -> contracts.ship(contractId, n, body));
    }
}
