package coop.harvest.moderation.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.demands.boundary.DemandBook;
import coop.harvest.demands.boundary.DemandRecord;
import coop.harvest.listings.boundary.ListingBook;
import coop.harvest.listings.boundary.ListingRecord;
import coop.harvest.moderation.control.Reasons;
import coop.harvest.moderation.entity.Report;
import coop.harvest.moderation.entity.ReportStatus;
import coop.harvest.moderation.entity.ReportTarget;
import coop.harvest.audit.boundary.AuditLog;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/** Reports from any signed-in account, and their resolution by staff (audited). */
@Stateless
@RolesAllowed("STAFF")
public class Reports {

    @PersistenceContext
    EntityManager em;

    @Inject
    ListingBook listingBook;

    @Inject
    DemandBook demandBook;

    @Inject
    PartyDirectory directory;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReportWriter writer;

    @Inject
    AuditLog audit;

    @Inject
    Parties parties;

    /** A report just filed, or the caller's earlier report of the same target ({@code created} false). */
    public record Filed(ReportView report, boolean created) {
    }

    /**
     * Files a report. The target must exist and not be the caller's own. Reporting one target again answers the
     * first report: an account counts once per target, even when its duplicates arrive at the same moment.
     */
    @RolesAllowed({"COOPERATIVE", "BUYER", "STAFF", "EXPERT"})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Filed file(@Valid @NotNull(message = "a JSON body is required") NewReport request) {
        Caller caller = currentUser.require();
        checkTarget(caller, request.targetType, request.targetId);
        Optional<Report> earlier = earlier(caller.accountId(), request.targetType, request.targetId);
        if (earlier.isPresent()) {
            return new Filed(view(earlier.get()), false);
        }
        try {
            long id = writer.insert(new Report(caller.accountId(), request.targetType, request.targetId,
                    Reasons.require(request.reason)));
            return new Filed(view(em.find(Report.class, id)), true);
        } catch (EJBException raced) {
            return earlier(caller.accountId(), request.targetType, request.targetId)
                    .map(r -> new Filed(view(r), false)).orElseThrow(() -> raced);
        }
    }

    /** Files a report of a listing, as {@link #file} does (the listing page's "report" form). */
    @RolesAllowed({"COOPERATIVE", "BUYER", "STAFF", "EXPERT"})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Filed fileAboutListing(long listingId, String reason) {
        NewReport report = new NewReport();
        report.targetType = ReportTarget.LISTING;
        report.targetId = listingId;
        report.reason = reason;
        return file(report);
    }

    private void checkTarget(Caller caller, ReportTarget type, long id) {
        boolean own = switch (type) {
            case LISTING -> {
                ListingRecord listing = listingBook.find(id).orElse(null);
                yield listing == null ? missing(type) : caller.ownsCooperative(listing.cooperativeId());
            }
            case DEMAND -> {
                DemandRecord demand = demandBook.find(id).orElse(null);
                yield demand == null ? missing(type) : demand.buyerId() == caller.accountId();
            }
            case ACCOUNT -> directory.account(id).isEmpty() ? missing(type) : id == caller.accountId();
        };
        if (own) {
            throw ProblemException.invalid("targetId", "is your own; report what others post");
        }
    }

    private static boolean missing(ReportTarget type) {
        throw ProblemException.invalid("targetId", "no such " + type.name().toLowerCase());
    }

    private Optional<Report> earlier(long reporterId, ReportTarget type, long targetId) {
        return em.createQuery("SELECT r FROM Report r WHERE r.reporterId = :a AND r.targetType = :t "
                        + "AND r.targetId = :id", Report.class)
                .setParameter("a", reporterId).setParameter("t", type).setParameter("id", targetId)
                .getResultList().stream().findFirst();
    }

    /** Marks an open report resolved with an optional note, audited and told to its author. 409 if resolved. */
    public ReportView resolve(long id, @Valid ResolveBody body) {
        String note = Reasons.optional("note", body == null ? null : body.note);
        Report report = em.find(Report.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (report == null) {
            throw ProblemException.notFound("Report " + id);
        }
        if (report.getStatus() == ReportStatus.RESOLVED) {
            throw ProblemException.conflict("This report is resolved already");
        }
        String actor = currentUser.require().username();
        report.resolve(actor, note);
        audit.record(actor, "REPORT_RESOLVED", "REPORT", id, note);
        parties.tellAccount(report.getReporterId(), "REPORT_RESOLVED", "moderation.report.resolve",
                new Object[]{id, note == null ? "" : note}, null);
        em.flush(); // the answer carries the version the resolution raised
        return view(report);
    }

    public ReportView report(long id) {
        Report report = em.find(Report.class, id);
        if (report == null) {
            throw ProblemException.notFound("Report " + id);
        }
        return view(report);
    }

    /** Reports newest first, optionally of one status. */
    public Page<ReportView> list(ReportStatus status, PageRequest page) {
        String where = status == null ? "" : " WHERE r.status = :s";
        TypedQuery<Report> query = em.createQuery("SELECT r FROM Report r" + where
                + " ORDER BY r.createdAt DESC, r.id DESC", Report.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM Report r" + where, Long.class);
        if (status != null) {
            query.setParameter("s", status);
            count.setParameter("s", status);
        }
        List<ReportView> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(this::view).toList();
        return page.page(items, count.getSingleResult());
    }

    /** Open reports, oldest first (the queue). */
    public List<ReportView> openReports(int limit) {
        return em.createQuery("SELECT r FROM Report r WHERE r.status = :s ORDER BY r.createdAt, r.id", Report.class)
                .setParameter("s", ReportStatus.OPEN).setMaxResults(limit).getResultList()
                .stream().map(this::view).toList();
    }

    /** One page of the open reports, oldest first (the bureau desk's paged table). */
    public Page<ReportView> openReports(PageRequest page) {
        List<ReportView> items = em.createQuery("SELECT r FROM Report r WHERE r.status = :s ORDER BY r.createdAt, r.id",
                        Report.class).setParameter("s", ReportStatus.OPEN)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(this::view).toList();
        return page.page(items, countOpen());
    }

    public long countOpen() {
        return em.createQuery("SELECT COUNT(r) FROM Report r WHERE r.status = :s", Long.class)
                .setParameter("s", ReportStatus.OPEN).getSingleResult();
    }

    private ReportView view(Report report) {
        return ReportView.of(report, parties.username(report.getReporterId()).orElse(null));
    }
}
