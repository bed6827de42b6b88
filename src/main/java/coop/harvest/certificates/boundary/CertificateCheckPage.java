package coop.harvest.certificates.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The public check of a certificate number ({@code /certificate.xhtml?number=}): stateless, no session. */
@Named
@RequestScoped
public class CertificateCheckPage {

    @Inject
    Certificates certificates;

    private String number;
    private List<VerifiedCertificate> results;

    public List<VerifiedCertificate> getResults() {
        if (results == null) {
            results = number == null || number.isBlank() || number.length() > 100 ? List.of()
                    : certificates.verify(number);
        }
        return results;
    }

    public boolean isAsked() {
        return number != null && !number.isBlank();
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
}
