package coop.harvest.consultation.boundary;

import coop.harvest.platform.Page;
import coop.harvest.platform.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Experts over HTTP: staff create them, anyone lists them. */
@ApplicationScoped
@Path("experts")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertsResource {

    @Inject
    Experts experts;

    @GET
    @Operation(operationId = "listExperts", summary = "Experts: name, title, specialties and answers given (public)")
    @APIResponse(responseCode = "200", description = "A page of experts")
    public Page<ExpertView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return experts.list(QueryParams.page(page, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createExpert", summary = "Create an expert account with title and specialties (staff)")
    @APIResponse(responseCode = "201", description = "The new account, role EXPERT")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff")
    @APIResponse(responseCode = "409", description = "Username taken")
    @APIResponse(responseCode = "422", description = "Weak password, unknown product or a missing field")
    public Response create(NewExpert body) {
        ExpertAccountView created = experts.create(body);
        return Response.created(UriBuilder.fromPath("/api/accounts/{id}").build(created.id())).entity(created).build();
    }
}
