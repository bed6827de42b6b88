package coop.harvest.certificates.boundary;

import coop.harvest.platform.BodySizeLimit;
import coop.harvest.platform.Page;
import coop.harvest.platform.ProblemException;
import coop.harvest.platform.QueryParams;
import coop.harvest.certificates.control.DocumentType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Certificates over HTTP: registration and scans (cooperatives), lists (holder, staff), the public check. */
@RequestScoped
@Path("certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificatesResource {

    @Inject
    Certificates certificates;

    @Context
    HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "registerCertificate", summary = "Register a certificate of one's cooperative: PENDING")
    @APIResponse(responseCode = "201", description = "The new certificate")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a cooperative")
    @APIResponse(responseCode = "409", description = "That type and number is registered already")
    @APIResponse(responseCode = "422", description = "Unknown type or product, blank number or issuer, bad dates")
    public Response register(NewCertificate body) {
        CertificateView created = certificates.register(body);
        return Response.created(UriBuilder.fromPath("/api/certificates/{id}").build(created.id())).entity(created)
                .build();
    }

    @GET
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listCertificates", summary = "One's cooperative's certificates, or all (staff)")
    @APIResponse(responseCode = "200", description = "A page of certificates, newest first")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "422", description = "Unknown status or a page size out of range")
    public Page<CertificateView> list(@QueryParam("status") String status, @QueryParam("page") String page,
                                      @QueryParam("size") String size) {
        return certificates.list(QueryParams.enumValue("status", status, CertificateStatus.class),
                QueryParams.page(page, size));
    }

    @GET
    @Path("verify")
    @Operation(operationId = "verifyCertificate", summary = "The public check of a certificate number")
    @APIResponse(responseCode = "200", description = "APPROVED, EXPIRED or REVOKED certificates with that number")
    public List<VerifiedCertificate> verify(@QueryParam("number") String number) {
        return certificates.verify(number);
    }

    @GET
    @Path("{id}")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getCertificate", summary = "One certificate (holder, staff)")
    @APIResponse(responseCode = "200", description = "The certificate")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such certificate, or not one's own")
    public CertificateView get(@PathParam("id") String id) {
        return certificates.get(QueryParams.id("id", id));
    }

    @PUT
    @Path("{id}/document")
    @Consumes(MediaType.WILDCARD)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "putCertificateDocument", summary = "Store the certificate's scan: application/pdf, "
            + "image/jpeg or image/png, at most 5 MiB")
    @APIResponse(responseCode = "204", description = "Stored")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Staff, not the holder")
    @APIResponse(responseCode = "404", description = "No such certificate, or not one's own")
    @APIResponse(responseCode = "413", description = "Larger than 5 MiB")
    @APIResponse(responseCode = "415", description = "Not PDF, JPEG or PNG")
    @APIResponse(responseCode = "422", description = "The bytes are not what the type says")
    public Response putDocument(@PathParam("id") String id, @HeaderParam("Content-Type") String contentType,
                                InputStream body) {
        long certificateId = QueryParams.id("id", id);
        long max = Certificates.MAX_DOCUMENT_BYTES;
        try {
            certificates.checkDocument(certificateId);
        } catch (RuntimeException refused) {
            BodySizeLimit.discard(body, max);
            throw refused;
        }
        if (DocumentType.ofMediaType(contentType).isEmpty()) {
            BodySizeLimit.discard(body, max);
            throw Certificates.unsupported();
        }
        if (http.getContentLengthLong() > max) {
            BodySizeLimit.discard(body, max);
            throw ProblemException.tooLarge("The scan is larger than 5 MiB");
        }
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes((int) max + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > max) {
            BodySizeLimit.discard(body, max);
            throw ProblemException.tooLarge("The scan is larger than 5 MiB");
        }
        if (bytes.length == 0) {
            throw ProblemException.invalid("body", "is empty; send the scan's bytes");
        }
        certificates.putDocument(certificateId, bytes, contentType);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/document")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getCertificateDocument", summary = "The certificate's scan (holder, staff)")
    @APIResponse(responseCode = "200", description = "The scan with its media type")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such certificate or scan, or not one's own")
    public Response document(@PathParam("id") String id) {
        CertificateDocument document = certificates.document(QueryParams.id("id", id));
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoStore(true);
        return Response.ok(document.path().toFile(), document.mediaType()).cacheControl(cache).build();
    }
}
