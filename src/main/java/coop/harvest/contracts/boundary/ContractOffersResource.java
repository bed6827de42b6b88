package coop.harvest.contracts.boundary;

import coop.harvest.contracts.entity.OfferStatus;
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
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Contract offers over HTTP; the rules live in {@link ContractOffers}. */
@ApplicationScoped
@Path("contract-offers")
@Produces(MediaType.APPLICATION_JSON)
public class ContractOffersResource {

    @Inject
    ContractOffers offers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "publishContractOffer", summary = "Offer to buy a crop ahead of the season (buyer)")
    @APIResponse(responseCode = "201", description = "The offer, OPEN")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a field of the wrong type")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a buyer")
    @APIResponse(responseCode = "422", description = "A rule is broken (errors name the fields)")
    public Response publish(NewOffer body) {
        OfferView created = offers.publish(body);
        return Response.created(UriBuilder.fromPath("/api/contract-offers/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Operation(operationId = "listContractOffers", summary = "Contract offers, newest first (public); q keeps "
            + "those of the products whose name, code or alias it contains")
    @APIResponse(responseCode = "200", description = "A page of offers")
    @APIResponse(responseCode = "400", description = "page, size or buyerId is not a number")
    @APIResponse(responseCode = "422", description = "Unknown status")
    public Page<OfferView> list(@QueryParam("product") String product, @QueryParam("q") String q,
                                @QueryParam("status") String status, @QueryParam("buyerId") String buyerId,
                                @QueryParam("page") String page, @QueryParam("size") String size) {
        return offers.list(product, q, QueryParams.enumValue("status", status, OfferStatus.class),
                buyerId == null || buyerId.isBlank() ? null : QueryParams.id("buyerId", buyerId),
                QueryParams.page(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getContractOffer", summary = "One contract offer (public)")
    @APIResponse(responseCode = "200", description = "The offer")
    @APIResponse(responseCode = "404", description = "No such offer")
    public OfferView get(@PathParam("id") String id) {
        return offers.get(QueryParams.id("id", id));
    }

    @POST
    @Path("{id}/withdraw")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "withdrawContractOffer", summary = "Withdraw an offer while no contract of it is active")
    @APIResponse(responseCode = "200", description = "The offer, WITHDRAWN; its proposals DECLINED")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the offer's buyer")
    @APIResponse(responseCode = "404", description = "No such offer")
    @APIResponse(responseCode = "409", description = "Already withdrawn, or a contract of it is ACTIVE")
    public OfferView withdraw(@PathParam("id") String id) {
        return Actions.onId(id, offers::withdraw);
    }

    @POST
    @Path("{id}/commitments")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "commitToContractOffer", summary = "Commit part of a harvest to an offer (verified "
            + "cooperative)")
    @APIResponse(responseCode = "201", description = "The contract, PROPOSED")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a field of the wrong type")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a cooperative, unverified or suspended")
    @APIResponse(responseCode = "404", description = "No such offer")
    @APIResponse(responseCode = "409", description = "The offer is not OPEN, or less is left than asked")
    @APIResponse(responseCode = "422", description = "Bad quantity or acreage, or certifications not backed")
    public Response commit(@PathParam("id") String id, CommitmentBody body) {
        ContractView created = Actions.onId(id, offerId -> offers.commit(offerId, body));
        return Response.created(UriBuilder.fromPath("/api/contracts/{id}").build(created.id()))
                .entity(created).build();
    }
}
