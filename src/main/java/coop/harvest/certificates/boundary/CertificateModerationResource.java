package coop.harvest.certificates.boundary;

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

/** The bureau's decisions on certificates (staff), every one audited. */
@Path("moderation/certificates/{id}")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not staff")
@APIResponse(responseCode = "404", description = "No such certificate")
public class CertificateModerationResource {

    @Inject
    Certificates certificates;

    @PathParam("id")
    String id;

    @POST
    @Path("approve")
    @Operation(operationId = "approveCertificate", summary = "Approve a pending certificate (staff)")
    @APIResponse(responseCode = "200", description = "The certificate, now APPROVED")
    @APIResponse(responseCode = "409", description = "Not PENDING, or already past its validUntil")
    public CertificateView approve() {
        return Actions.onId(id, certificates::approve);
    }

    @POST
    @Path("reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectCertificate", summary = "Reject a pending certificate, with a reason (staff)")
    @APIResponse(responseCode = "200", description = "The certificate, now REJECTED")
    @APIResponse(responseCode = "409", description = "Not PENDING")
    @APIResponse(responseCode = "422", description = "No reason given")
    public CertificateView reject(CertificateReason body) {
        return Actions.onId(id, certificateId -> certificates.reject(certificateId, body));
    }

    @POST
    @Path("revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "revokeCertificate", summary = "Revoke an approved certificate, with a reason (staff); "
            + "listings lose the certifications it alone backed")
    @APIResponse(responseCode = "200", description = "The certificate, now REVOKED")
    @APIResponse(responseCode = "409", description = "Not APPROVED")
    @APIResponse(responseCode = "422", description = "No reason given")
    public CertificateView revoke(CertificateReason body) {
        return Actions.onId(id, certificateId -> certificates.revoke(certificateId, body));
    }
}
