package coop.harvest.certificates.boundary;

import coop.harvest.vocabulary.Certification;
import coop.harvest.certificates.control.DocumentType;
import coop.harvest.platform.PageRequest;
import coop.harvest.web.PageSupport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

/** A cooperative's certificates ({@code /coop/certificates.xhtml}): its list, and the form to register one. */
@Named
@RequestScoped
public class CoopCertificatesPage {

    static final String FORM = "register";

    @Inject
    Certificates certificates;

    private Certification type;
    private String number;
    private String issuer;
    private List<String> products;
    private String validFrom;
    private String validUntil;
    private Part document;
    private List<CertificateView> mine;

    public List<CertificateView> getMine() {
        if (mine == null) {
            mine = certificates.list(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        }
        return mine;
    }

    public String register() {
        NewCertificate request = new NewCertificate();
        request.type = type;
        request.number = number;
        request.issuer = issuer;
        request.products = products == null ? List.of() : products;
        request.validFrom = PageSupport.date(FORM, "validFrom", "certs", validFrom);
        request.validUntil = PageSupport.date(FORM, "validUntil", "certs", validUntil);
        byte[] scan = scan();
        if (PageSupport.hasErrors()) {
            return null;
        }
        String mediaType = document == null ? null : document.getContentType();
        CertificateView created = PageSupport.attempt(FORM, "certs",
                () -> certificates.registerWithDocument(request, scan, mediaType));
        if (created == null) {
            return null;
        }
        PageSupport.info("certs.registered", created.number());
        return "/coop/certificates.xhtml?faces-redirect=true";
    }

    private byte[] scan() {
        if (document == null || document.getSize() == 0) {
            return null;
        }
        if (DocumentType.ofMediaType(document.getContentType()).isEmpty()) {
            PageSupport.fieldError(FORM, "document", PageSupport.text("certs.error.document.415"));
            return null;
        }
        if (document.getSize() > Certificates.MAX_DOCUMENT_BYTES) {
            PageSupport.fieldError(FORM, "document", PageSupport.text("certs.error.document.413"));
            return null;
        }
        try (InputStream in = document.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            PageSupport.fieldError(FORM, "document", PageSupport.text("certs.error.document.422"));
            return null;
        }
    }

    public List<Certification> getTypes() { return List.of(Certification.values()); }
    public LocalDate getToday() { return coop.harvest.platform.MarketDay.today(); }
    public Certification getType() { return type; }
    public void setType(Certification type) { this.type = type; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public List<String> getProducts() { return products; }
    public void setProducts(List<String> products) { this.products = products; }
    public String getValidFrom() { return validFrom; }
    public void setValidFrom(String validFrom) { this.validFrom = validFrom; }
    public String getValidUntil() { return validUntil; }
    public void setValidUntil(String validUntil) { this.validUntil = validUntil; }
    public Part getDocument() { return document; }
    public void setDocument(Part document) { this.document = document; }
}
