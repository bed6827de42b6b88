package coop.harvest.certificates.boundary;

import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import coop.harvest.web.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Certificates as staff check them ({@code /staff/certificates.xhtml}): approve, reject or revoke with a reason. */
@Named
@ViewScoped
public class StaffCertificatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Certificates certificates;

    private CertificateStatus status = CertificateStatus.PENDING;
    private String reason;
    private transient Page<CertificateView> rows;

    public List<CertificateView> getRows() {
        if (rows == null) {
            rows = certificates.list(status, PageRequest.of(0, PageRequest.MAX_SIZE));
        }
        return rows.items();
    }

    public long getTotal() {
        getRows();
        return rows.total();
    }

    public void approve(long id) {
        decide(id, () -> certificates.approve(id), "certs.staff.done.approved");
    }

    public void reject(long id) {
        decide(id, () -> certificates.reject(id, new CertificateReason(reason)), "certs.staff.done.rejected");
    }

    public void revoke(long id) {
        decide(id, () -> certificates.revoke(id, new CertificateReason(reason)), "certs.staff.done.revoked");
    }

    private void decide(long id, Runnable decision, String doneKey) {
        Object done = PageSupport.attempt("decide", "certs.staff", () -> {
            decision.run();
            return Boolean.TRUE;
        });
        if (done != null) {
            PageSupport.info(doneKey, id);
            reason = null;
        }
        rows = null;
    }

    public List<CertificateStatus> getStatuses() { return List.of(CertificateStatus.values()); }
    public CertificateStatus getStatus() { return status; }
    public void setStatus(CertificateStatus status) { this.status = status; rows = null; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
