package coop.harvest.listings.boundary;

import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Grade;
import coop.harvest.platform.Actions;
import coop.harvest.platform.IfMatch;
import coop.harvest.platform.Page;
import coop.harvest.platform.QueryParams;
import coop.harvest.platform.TransientRetry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Supply listings over HTTP; every rule lives in {@link Listings}. */
@ApplicationScoped
@Path("listings")
@Produces(MediaType.APPLICATION_JSON)
public class ListingsResource {

    @Inject
    Listings listings;

    @Inject
    ListingQueries queries;

    @Inject
    ListingReads reads;

    @GET
    @Operation(operationId = "searchListings", summary = "Search the listings the caller may see")
    @APIResponse(responseCode = "200", description = "A page of listings with the total")
    @APIResponse(responseCode = "400", description = "A query parameter of the wrong type")
    @APIResponse(responseCode = "422", description = "Unknown product, county, certification, grade, status or sort")
    public Page<ListingView> search(@QueryParam("product") String product, @QueryParam("county") String county,
                                    @QueryParam("certification") List<String> certifications,
                                    @QueryParam("minGrade") String minGrade, @QueryParam("maxPrice") String maxPrice,
                                    @QueryParam("q") String q, @QueryParam("cooperativeId") String cooperativeId,
                                    @QueryParam("status") String status, @QueryParam("sort") String sort,
                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        ListingQuery query = new ListingQuery(blankToNull(product), blankToNull(county),
                certifications(certifications), QueryParams.enumValue("minGrade", minGrade, Grade.class),
                QueryParams.decimal("maxPrice", maxPrice), q, QueryParams.id("cooperativeId", cooperativeId),
                QueryParams.enumValue("status", status, ListingStatus.class),
                QueryParams.enumValue("sort", sort, ListingQuery.Sort.class));
        return queries.search(query, QueryParams.page(page, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createListing", summary = "Offer produce (cooperative)")
    @APIResponse(responseCode = "201", description = "The new listing: ACTIVE if the cooperative is verified, else PENDING_REVIEW")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a field of the wrong type")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a cooperative, or a suspended one")
    @APIResponse(responseCode = "422", description = "A rule is broken; errors name the fields")
    public Response create(NewListing body) {
        // creation takes the product's matching lock: a deadlock victim is retried, never shown to the cooperative
        ListingView created = TransientRetry.run(() -> listings.create(body));
        return Response.created(UriBuilder.fromPath("/api/listings/{id}").build(created.id()))
                .tag(Long.toString(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getListing", summary = "One listing")
    @APIResponse(responseCode = "200", description = "The listing")
    @APIResponse(responseCode = "404", description = "No such listing, or not one the caller may see")
    public Response get(@PathParam("id") String id) {
        ListingView listing = reads.get(QueryParams.id("id", id));
        return Response.ok(listing).tag(Long.toString(listing.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updateListing", summary = "Change a listing's price, quantity, description and dates (owner)")
    @APIResponse(responseCode = "200", description = "The updated listing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Another cooperative's listing")
    @APIResponse(responseCode = "404", description = "No such listing")
    @APIResponse(responseCode = "409", description = "Quantity below what is reserved or sold, or a state that cannot be edited")
    @APIResponse(responseCode = "412", description = "If-Match names a stale version")
    @APIResponse(responseCode = "422", description = "A rule is broken; errors name the fields")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, ListingChange body) {
        long listingId = QueryParams.id("id", id);
        Long version = IfMatch.version(ifMatch);
        ListingView updated = TransientRetry.run(() -> listings.update(listingId, version, body));
        return Response.ok(updated).tag(Long.toString(updated.version())).build();
    }

    @POST
    @Path("{id}/withdraw")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "withdrawListing", summary = "Take a listing off the market (owner)")
    @APIResponse(responseCode = "200", description = "The withdrawn listing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Another cooperative's listing")
    @APIResponse(responseCode = "404", description = "No such listing")
    @APIResponse(responseCode = "409", description = "Withdrawn, expired or suspended already")
    public ListingView withdraw(@PathParam("id") String id) {
        return Actions.onId(id, listings::withdraw);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Set<Certification> certifications(List<String> values) {
        Set<Certification> wanted = EnumSet.noneOf(Certification.class);
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    Certification c = QueryParams.enumValue("certification", part, Certification.class);
                    if (c != null) {
                        wanted.add(c);
                    }
                }
            }
        }
        return wanted;
    }
}
