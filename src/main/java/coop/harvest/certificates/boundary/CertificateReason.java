package coop.harvest.certificates.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why staff reject or revoke a certificate; the cooperative reads it. */
public class CertificateReason implements RequestBody {

    @NotBlank(message = "is required: say why, the cooperative will read it")
    @Size(max = 1000, message = "must be at most 1000 characters")
    public String reason;

    public CertificateReason() {
    }

    public CertificateReason(String reason) {
        this.reason = reason;
    }
}
