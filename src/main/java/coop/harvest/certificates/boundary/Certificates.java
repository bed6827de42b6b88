package coop.harvest.certificates.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.catalog.boundary.Catalog;
import coop.harvest.platform.Dates;
import coop.harvest.vocabulary.Certification;
import coop.harvest.certificates.control.BackingRule;
import coop.harvest.certificates.control.CertificateFacts;
import coop.harvest.certificates.control.CertificateLifecycle;
import coop.harvest.certificates.control.DocumentType;
import coop.harvest.certificates.entity.Certificate;
import coop.harvest.notifications.boundary.Notifier;
import coop.harvest.audit.boundary.AuditLog;
import coop.harvest.platform.DataVersion;
import coop.harvest.platform.FieldError;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import coop.harvest.platform.PublicMemo;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Certificates: cooperatives register them with a scan, staff approve, reject or revoke them, the public checks them
 * by number, and listings ask which certifications they back. Lapses (revocation, expiry) fire
 * {@link CertificateLapsed} in the same transaction.
 */
@Stateless
@PermitAll
public class Certificates {

    public static final long MAX_DOCUMENT_BYTES = 5L * 1024 * 1024;

    @Inject
    PublicMemo memo;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Catalog catalog;

    @Inject
    Notifier notifier;

    @Inject
    AuditLog audit;

    @Inject
    DocumentFolder folder;

    @Inject
    coop.harvest.accounts.boundary.PartyDirectory parties;

    @Inject
    Event<CertificateLapsed> lapsed;

    /** Registers a certificate of the caller's cooperative: PENDING until staff check it. */
    @RolesAllowed("COOPERATIVE")
    public CertificateView register(@Valid @NotNull(message = "a JSON body is required") NewCertificate request) {
        Caller caller = currentUser.require();
        if (caller.cooperativeId() == null) {
            throw ProblemException.forbidden("Only a cooperative's account registers certificates");
        }
        return view(registerFor(caller.cooperativeId(), request));
    }

    /**
     * Registers with its scan in one transaction (the cooperative's page): a refused scan leaves no certificate
     * behind; its problem is reported on the field {@code document}.
     */
    @RolesAllowed("COOPERATIVE")
    public CertificateView registerWithDocument(@Valid @NotNull NewCertificate request, byte[] scan,
                                                String mediaType) {
        CertificateView registered = register(request);
        if (scan != null) {
            try {
                storeDocument(locked(registered.id()), scan, mediaType);
            } catch (ProblemException refused) {
                throw new ProblemException(422, "Unprocessable Content", refused.getMessage(),
                        List.of(new FieldError("document", String.valueOf(refused.status()))), null);
            }
        }
        return get(registered.id());
    }

    /** The same for a named cooperative: for start-up demo data only, never exposed over HTTP. */
    public Certificate registerFor(long cooperativeId, @Valid @NotNull NewCertificate request) {
        LocalDate today = MarketDay.today();
        List<FieldError> errors = new ArrayList<>();
        Set<String> products = new LinkedHashSet<>();
        for (String product : request.products) {
            String code = product == null ? "" : product.strip();
            if (catalog.product(code).isEmpty()) {
                errors.add(new FieldError("products", "“" + code + "” is not a product of the catalogue"));
            } else {
                products.add(code);
            }
        }
        if (request.validUntil.isBefore(request.validFrom)) {
            errors.add(new FieldError("validUntil", "must not be before validFrom"));
        } else if (request.validUntil.isBefore(today)) {
            errors.add(new FieldError("validUntil", "is already past: the certificate has expired"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String number = request.number.strip();
        conflictIfTaken(request.type, number);
        Certificate certificate = new Certificate(cooperativeId, request.type, number, request.issuer.strip(),
                List.copyOf(products), request.validFrom, request.validUntil);
        try {
            em.persist(certificate);
            em.flush();
        } catch (PersistenceException raced) {
            throw ProblemException.conflict("A " + request.type + " certificate numbered " + number
                    + " is already registered");
        }
        return certificate;
    }

    /** Registers and approves at once, with a scan: for start-up demo data only, never exposed over HTTP. */
    public long registerApprovedFor(long cooperativeId, NewCertificate request, byte[] scan, String mediaType,
                                    String actor) {
        Certificate certificate = registerFor(cooperativeId, request);
        storeDocument(certificate, scan, mediaType);
        certificate.decide(CertificateStatus.APPROVED, null);
        audit.record(actor, "CERTIFICATE_APPROVED", "CERTIFICATE", certificate.getId(), certificate.getNumber());
        em.flush();
        return certificate.getId();
    }

    private void conflictIfTaken(Certification type, String number) {
        Long taken = em.createQuery("SELECT COUNT(c) FROM Certificate c WHERE c.type = :t AND c.number = :n "
                        + "AND c.status <> :rejected", Long.class)
                .setParameter("t", type).setParameter("n", number)
                .setParameter("rejected", CertificateStatus.REJECTED).getSingleResult();
        if (taken > 0) {
            throw ProblemException.conflict("A " + type + " certificate numbered " + number
                    + " is already registered");
        }
    }

    /** Checks that the caller may put the scan on the certificate, before its body is read (401, 403, 404). */
    public void checkDocument(long id) {
        Caller caller = currentUser.require();
        Certificate certificate = em.find(Certificate.class, id);
        if (certificate == null || !caller.ownsCooperative(certificate.getCooperativeId()) && !caller.isStaff()) {
            throw ProblemException.notFound("Certificate " + id);
        }
        if (!caller.ownsCooperative(certificate.getCooperativeId())) {
            throw ProblemException.forbidden("Only the cooperative that holds the certificate uploads its scan");
        }
    }

    /** Stores the scan (replacing an earlier one): PDF, JPEG or PNG whose bytes are what the type says. */
    public void putDocument(long id, byte[] bytes, String mediaType) {
        checkDocument(id);
        Certificate certificate = locked(id);
        storeDocument(certificate, bytes, mediaType);
    }

    /** For start-up demo data only. */
    public void storeDocument(Certificate certificate, byte[] bytes, String mediaType) {
        DocumentType type = DocumentType.ofMediaType(mediaType).orElseThrow(() -> unsupported());
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw ProblemException.tooLarge("The scan is larger than 5 MiB");
        }
        if (!type.matches(bytes)) {
            throw ProblemException.invalid("body", "is not a " + type + " file: its first bytes say otherwise");
        }
        String hash = folder.store().put(bytes);
        certificate.attach(hash, type.mediaType(), bytes.length);
        em.flush();
    }

    static ProblemException unsupported() {
        return new ProblemException(415, "Unsupported Media Type",
                "Send the scan as application/pdf, image/jpeg or image/png");
    }

    /** The scan, to the holder and staff; 404 to others and when there is none. */
    public CertificateDocument document(long id) {
        Certificate certificate = visible(id);
        if (certificate.getDocumentSha256() == null) {
            throw ProblemException.notFound("The scan of certificate " + id);
        }
        Path path = folder.store().path(certificate.getDocumentSha256());
        if (!Files.isRegularFile(path)) {
            throw ProblemException.notFound("The scan of certificate " + id);
        }
        return new CertificateDocument(path, certificate.getDocumentType(), certificate.getDocumentSize());
    }

    /** A cooperative's own certificates, or (staff) all; newest first. */
    public Page<CertificateView> list(CertificateStatus status, PageRequest page) {
        expireDue();
        Caller caller = currentUser.require();
        if (!caller.isStaff() && caller.cooperativeId() == null) {
            return page.page(List.of(), 0);
        }
        List<String> conditions = new ArrayList<>();
        if (!caller.isStaff()) {
            conditions.add("c.cooperativeId = :coop");
        }
        if (status != null) {
            conditions.add("c.status = :status");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<Certificate> query = em.createQuery("SELECT c FROM Certificate c" + where
                + " ORDER BY c.createdAt DESC, c.id DESC", Certificate.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Certificate c" + where, Long.class);
        if (!caller.isStaff()) {
            query.setParameter("coop", caller.cooperativeId());
            count.setParameter("coop", caller.cooperativeId());
        }
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<CertificateView> items = query.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(this::view).toList();
        return page.page(items, count.getSingleResult());
    }

    /** One certificate, to the holder and staff; 404 to others. */
    public CertificateView get(long id) {
        expireDue();
        return view(visible(id));
    }

    /** The public check by number: APPROVED, EXPIRED and REVOKED certificates with that number. */
    public List<VerifiedCertificate> verify(String number) {
        if (number == null || number.isBlank()) {
            return List.of();
        }
        expireDue();
        return em.createQuery("SELECT c FROM Certificate c WHERE c.number = :n AND c.status IN :shown "
                        + "ORDER BY c.validUntil DESC, c.id", Certificate.class)
                .setParameter("n", number.strip())
                .setParameter("shown", EnumSet.of(CertificateStatus.APPROVED, CertificateStatus.EXPIRED,
                        CertificateStatus.REVOKED))
                .getResultList().stream()
                .map(c -> new VerifiedCertificate(c.getNumber(), c.getType(), c.getIssuer(),
                        cooperative(c.getCooperativeId()), c.getProducts(), c.getValidFrom(), c.getValidUntil(),
                        c.getStatus()))
                .toList();
    }

    @RolesAllowed("STAFF")
    public CertificateView approve(long id) {
        Caller staff = currentUser.require();
        Certificate certificate = move(id, CertificateStatus.APPROVED, null);
        if (certificate.getValidUntil().isBefore(MarketDay.today())) {
            throw ProblemException.conflict("The certificate is past its validUntil; it cannot be approved");
        }
        audit.record(staff.username(), "CERTIFICATE_APPROVED", "CERTIFICATE", id, certificate.getNumber());
        notifier.notifyCooperative(certificate.getCooperativeId(), "CERTIFICATE_APPROVED",
                "certificates.approved", new Object[]{certificate.getNumber()}, link());
        return view(certificate);
    }

    @RolesAllowed("STAFF")
    public CertificateView reject(long id, @Valid @NotNull(message = "a JSON body with a reason is required")
                                           CertificateReason body) {
        Caller staff = currentUser.require();
        String reason = body.reason.strip();
        Certificate certificate = move(id, CertificateStatus.REJECTED, reason);
        audit.record(staff.username(), "CERTIFICATE_REJECTED", "CERTIFICATE", id, reason);
        notifier.notifyCooperative(certificate.getCooperativeId(), "CERTIFICATE_REJECTED",
                "certificates.rejected", new Object[]{certificate.getNumber(), reason}, link());
        return view(certificate);
    }

    @RolesAllowed("STAFF")
    public CertificateView revoke(long id, @Valid @NotNull(message = "a JSON body with a reason is required")
                                           CertificateReason body) {
        Caller staff = currentUser.require();
        String reason = body.reason.strip();
        Certificate certificate = move(id, CertificateStatus.REVOKED, reason);
        audit.record(staff.username(), "CERTIFICATE_REVOKED", "CERTIFICATE", id, reason);
        notifier.notifyCooperative(certificate.getCooperativeId(), "CERTIFICATE_REVOKED",
                "certificates.revoked", new Object[]{certificate.getNumber(), reason}, link());
        em.flush();
        lapsed.fire(new CertificateLapsed(id, certificate.getCooperativeId(), certificate.getType().name(),
                certificate.getProducts(), reason, staff.username()));
        return view(certificate);
    }

    private Certificate move(long id, CertificateStatus to, String reason) {
        Certificate certificate = locked(id);
        if (to == CertificateStatus.REVOKED && CertificateLifecycle.expired(certificate.getStatus(),
                certificate.getValidUntil(), MarketDay.today())) {
            throw ProblemException.conflict("The certificate has expired already");
        }
        CertificateStatus next = CertificateLifecycle.decide(certificate.getStatus(), to).orElseThrow(
                () -> ProblemException.conflict("A " + certificate.getStatus() + " certificate cannot become " + to));
        certificate.decide(next, reason);
        return certificate;
    }

    /** Certificates awaiting a check, oldest first (the moderation queue). */
    @RolesAllowed("STAFF")
    public List<CertificateView> pending(int limit) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.status = :p ORDER BY c.createdAt, c.id",
                        Certificate.class).setParameter("p", CertificateStatus.PENDING).setMaxResults(limit)
                .getResultList().stream().map(this::view).toList();
    }

    @RolesAllowed("STAFF")
    public long countPending() {
        return em.createQuery("SELECT COUNT(c) FROM Certificate c WHERE c.status = :p", Long.class)
                .setParameter("p", CertificateStatus.PENDING).getSingleResult();
    }

    /** The claimed certifications that no valid approved certificate of the cooperative backs for that product. */
    public Set<Certification> unbacked(long cooperativeId, String product, Collection<Certification> claimed) {
        if (claimed == null || claimed.isEmpty()) {
            return EnumSet.noneOf(Certification.class);
        }
        return BackingRule.unbacked(facts(cooperativeId), product, claimed, MarketDay.today());
    }

    /** The certificates that back the claimed certifications (one per certification, the longest valid). */
    public List<CertificateRef> backing(long cooperativeId, String product, Collection<Certification> claimed) {
        if (claimed == null || claimed.isEmpty()) {
            return List.of();
        }
        return BackingLookup.refs(facts(cooperativeId), product, claimed, MarketDay.today());
    }

    /**
     * The approved certificates of these cooperatives, to find what backs many listings' claims on a page: remembered
     * between pages ({@link PublicMemo}; an approval, revocation or lapse moves the data version, which forgets them),
     * the others read in one query. What a listing may claim is decided on {@link #unbacked}, read afresh.
     */
    public BackingLookup backingLookup(Collection<Long> cooperativeIds) {
        return new BackingLookup(memo.all("certificates.approved", cooperativeIds, this::approved),
                MarketDay.today());
    }

    private java.util.Map<Long, List<CertificateFacts>> approved(Set<Long> cooperativeIds) {
        java.util.Map<Long, List<CertificateFacts>> byCooperative = new java.util.HashMap<>();
        em.createQuery("SELECT c FROM Certificate c WHERE c.cooperativeId IN :coops AND c.status = :a",
                        Certificate.class).setParameter("coops", cooperativeIds)
                .setParameter("a", CertificateStatus.APPROVED).getResultList()
                .forEach(c -> byCooperative.computeIfAbsent(c.getCooperativeId(), k -> new ArrayList<>())
                        .add(facts(c)));
        byCooperative.replaceAll((id, facts) -> List.copyOf(facts));
        return byCooperative;
    }

    private List<CertificateFacts> facts(long cooperativeId) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.cooperativeId = :coop AND c.status = :a",
                        Certificate.class).setParameter("coop", cooperativeId)
                .setParameter("a", CertificateStatus.APPROVED).getResultList().stream()
                .map(Certificates::facts).toList();
    }

    private static CertificateFacts facts(Certificate c) {
        return new CertificateFacts(c.getId(), c.getType(), c.getNumber(), c.getIssuer(), c.getProducts(),
                c.getValidFrom(), c.getValidUntil(), true);
    }

    /**
     * Expires approved certificates past their last valid day (market time zone). Each row changes with a conditional
     * UPDATE, so on several instances exactly one fires the lapse of each certificate.
     */
    public int expireDue() {
        LocalDate today = MarketDay.today();
        List<Object[]> due = rows(em.createNativeQuery("SELECT ID, COOPERATIVE_ID, CERT_TYPE, PRODUCTS, CERT_NUMBER "
                        + "FROM CERTIFICATE WHERE STATUS = 'APPROVED' AND VALID_UNTIL < ?")
                .setParameter(1, Date.valueOf(today)).getResultList());
        int expired = 0;
        for (Object[] row : due) {
            long id = ((Number) row[0]).longValue();
            int changed = em.createNativeQuery("UPDATE CERTIFICATE SET STATUS = 'EXPIRED', UPDATED_AT = ?, "
                            + "VERSION = VERSION + 1 WHERE ID = ? AND STATUS = 'APPROVED' AND VALID_UNTIL < ?")
                    .setParameter(1, Timestamp.from(Dates.now())).setParameter(2, id)
                    .setParameter(3, Date.valueOf(today)).executeUpdate();
            if (changed == 1) {
                DataVersion.changing();
                expired++;
                long cooperativeId = ((Number) row[1]).longValue();
                audit.record(AuditLog.SYSTEM, "CERTIFICATE_EXPIRED", "CERTIFICATE", id, (String) row[4]);
                notifier.notifyCooperative(cooperativeId, "CERTIFICATE_EXPIRED", "certificates.expired",
                        new Object[]{row[4]}, link());
                lapsed.fire(new CertificateLapsed(id, cooperativeId, (String) row[2],
                        List.of(((String) row[3]).split(",")), "expired", AuditLog.SYSTEM));
            }
        }
        return expired;
    }

    /** Tells each cooperative once, 30 days before an approved certificate's last valid day. */
    public int remindDue() {
        LocalDate today = MarketDay.today();
        List<Object[]> due = rows(em.createNativeQuery("SELECT ID, COOPERATIVE_ID, CERT_NUMBER, VALID_UNTIL "
                        + "FROM CERTIFICATE WHERE STATUS = 'APPROVED' AND REMINDED = FALSE AND VALID_UNTIL >= ? "
                        + "AND VALID_UNTIL <= ?")
                .setParameter(1, Date.valueOf(today))
                .setParameter(2, Date.valueOf(today.plusDays(CertificateLifecycle.REMINDER_DAYS))).getResultList());
        int reminded = 0;
        for (Object[] row : due) {
            long id = ((Number) row[0]).longValue();
            int changed = em.createNativeQuery("UPDATE CERTIFICATE SET REMINDED = TRUE WHERE ID = ? "
                    + "AND REMINDED = FALSE").setParameter(1, id).executeUpdate();
            if (changed == 1) {
                reminded++;
                notifier.notifyCooperative(((Number) row[1]).longValue(), "CERTIFICATE_EXPIRING",
                        "certificates.expiring", new Object[]{row[2], String.valueOf(row[3])}, link());
            }
        }
        return reminded;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    private Certificate visible(long id) {
        Caller caller = currentUser.require();
        Certificate certificate = em.find(Certificate.class, id);
        if (certificate == null || !caller.isStaff() && !caller.ownsCooperative(certificate.getCooperativeId())) {
            throw ProblemException.notFound("Certificate " + id);
        }
        return certificate;
    }

    private Certificate locked(long id) {
        Certificate certificate = em.find(Certificate.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (certificate == null) {
            throw ProblemException.notFound("Certificate " + id);
        }
        return certificate;
    }

    CertificateView view(Certificate c) {
        boolean shownReason = c.getStatus() == CertificateStatus.REJECTED || c.getStatus() == CertificateStatus.REVOKED;
        return new CertificateView(c.getId(), cooperative(c.getCooperativeId()), c.getType(), c.getNumber(),
                c.getIssuer(), c.getProducts(), c.getValidFrom(), c.getValidUntil(), c.getStatus(),
                shownReason ? c.getReason() : null, c.getDocumentSha256() != null, c.getCreatedAt(), c.getVersion());
    }

    /** The holder's name, through the accounts component's party directory. */
    private CertificateView.CooperativeRef cooperative(long id) {
        return new CertificateView.CooperativeRef(id, parties.cooperative(id)
                .map(coop.harvest.accounts.boundary.PartyDirectory.CooperativeParty::name).orElse(""));
    }

    private static String link() {
        return "/coop/certificates.xhtml";
    }
}
