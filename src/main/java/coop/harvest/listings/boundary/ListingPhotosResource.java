package coop.harvest.listings.boundary;

import coop.harvest.media.boundary.ImageResponses;
import coop.harvest.media.boundary.ImageUploads;
import coop.harvest.media.boundary.ImageVariant;
import coop.harvest.platform.BodySizeLimit;
import coop.harvest.platform.ProblemException;
import coop.harvest.platform.QueryParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Photos of a listing over HTTP (n = 1–6). */
@RequestScoped
@Path("listings/{id}/photos/{n}")
@Produces(MediaType.APPLICATION_JSON)
public class ListingPhotosResource {

    @Inject
    ListingPhotos photos;

    @Context
    HttpServletRequest http;

    @PathParam("id")
    String id;

    @PathParam("n")
    String n;

    @PUT
    @Consumes(MediaType.WILDCARD)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "putListingPhoto", summary = "Add or replace photo n (1-6) of one's listing: image/jpeg "
            + "or image/png, at most 8 MiB; re-encoded as JPEG (≤ 1600 px, thumbnail ≤ 320 px), metadata dropped")
    @APIResponse(responseCode = "204", description = "Stored")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the listing's cooperative")
    @APIResponse(responseCode = "404", description = "No such listing, or n outside 1-6")
    @APIResponse(responseCode = "413", description = "Larger than 8 MiB")
    @APIResponse(responseCode = "415", description = "Not image/jpeg or image/png")
    @APIResponse(responseCode = "422", description = "The bytes are not the image the type says, or too many pixels")
    @APIResponse(responseCode = "503", description = "Too many photos being processed: send it again after Retry-After")
    public Response put(@HeaderParam("Content-Type") String contentType, InputStream body) {
        long listingId = QueryParams.id("id", id);
        int number = number(n);
        try {
            photos.checkOwner(listingId, number);
        } catch (RuntimeException refused) {
            BodySizeLimit.discard(body, ListingPhotos.MAX_PHOTO_BYTES);
            throw refused;
        }
        byte[] bytes = ImageUploads.read(body, contentType, http.getContentLengthLong(), ListingPhotos.MAX_PHOTO_BYTES);
        photos.put(listingId, number, photos.prepare(bytes, contentType));
        return Response.noContent().build();
    }

    @DELETE
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deleteListingPhoto", summary = "Remove photo n of one's listing")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the listing's cooperative")
    @APIResponse(responseCode = "404", description = "No such listing or photo")
    public Response delete() {
        photos.delete(QueryParams.id("id", id), number(n));
        return Response.noContent().build();
    }

    @GET
    @Produces({"image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getListingPhoto", summary = "Photo n of a listing (JPEG, ETag; If-None-Match → 304)")
    @APIResponse(responseCode = "200", description = "The photo")
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such photo, or a listing the caller may not see")
    public Response photo(@Context Request request) {
        return ImageResponses.serve(photos.photo(QueryParams.id("id", id), number(n), ImageVariant.FULL), request);
    }

    @GET
    @Path("thumb")
    @Produces({"image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getListingPhotoThumb", summary = "Thumbnail of photo n (JPEG, at most 320 px)")
    @APIResponse(responseCode = "200", description = "The thumbnail")
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such photo")
    public Response thumb(@Context Request request) {
        return ImageResponses.serve(photos.photo(QueryParams.id("id", id), number(n), ImageVariant.THUMB), request);
    }

    private static int number(String n) {
        try {
            return Integer.parseInt(n);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("Photo " + n);
        }
    }
}
