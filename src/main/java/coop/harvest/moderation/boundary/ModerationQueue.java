package coop.harvest.moderation.boundary;

import coop.harvest.accounts.boundary.CooperativeDirectory;
import coop.harvest.accounts.boundary.CooperativeView;
import coop.harvest.accounts.entity.Account;
import coop.harvest.certificates.boundary.Certificates;
import coop.harvest.accounts.entity.Cooperative;
import coop.harvest.listings.entity.Listing;
import coop.harvest.listings.entity.ListingStatus;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What waits for the bureau: listings to review, open reports, cooperatives to verify — oldest first. */
@Stateless
@RolesAllowed("STAFF")
public class ModerationQueue {

    /** Items per list; the counts give the totals. */
    public static final int LIMIT = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    CooperativeDirectory cooperatives;

    @Inject
    Reports reports;

    @Inject
    Parties parties;

    @Inject
    Certificates certificates;

    public QueueView queue() {
        LocalDate today = MarketDay.today();
        List<ModeratedListing> listings = em.createQuery("SELECT l FROM Listing l WHERE l.status = :pending "
                        + "AND l.availableUntil >= :today ORDER BY l.updatedAt, l.id", Listing.class)
                .setParameter("pending", ListingStatus.PENDING_REVIEW).setParameter("today", today)
                .setMaxResults(LIMIT).getResultList()
                .stream().map(l -> ModeratedListing.of(l, parties.cooperative(l.getCooperativeId()), true)).toList();
        long pendingListings = em.createQuery("SELECT COUNT(l) FROM Listing l WHERE l.status = :pending "
                        + "AND l.availableUntil >= :today", Long.class)
                .setParameter("pending", ListingStatus.PENDING_REVIEW).setParameter("today", today)
                .getSingleResult();
        List<PendingCooperative> unverified = cooperatives.awaitingVerification(LIMIT).stream()
                .map(this::pending).toList();
        return new QueueView(listings, reports.openReports(LIMIT), unverified, certificates.pending(LIMIT),
                new QueueView.Counts(pendingListings, reports.countOpen(), cooperatives.countAwaitingVerification()));
    }

    /** How many items wait in each list. */
    public QueueView.Counts counts() {
        return new QueueView.Counts(countPendingListings(MarketDay.today()), reports.countOpen(),
                cooperatives.countAwaitingVerification());
    }

    /** One page of the listings awaiting review, oldest first. */
    public Page<ModeratedListing> pendingListings(PageRequest page) {
        LocalDate today = MarketDay.today();
        List<ModeratedListing> items = em.createQuery("SELECT l FROM Listing l WHERE l.status = :pending "
                        + "AND l.availableUntil >= :today ORDER BY l.updatedAt, l.id", Listing.class)
                .setParameter("pending", ListingStatus.PENDING_REVIEW).setParameter("today", today)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(l -> ModeratedListing.of(l, parties.cooperative(l.getCooperativeId()), true)).toList();
        return page.page(items, countPendingListings(today));
    }

    /** One page of the cooperatives awaiting verification, oldest first, with their registration details. */
    public Page<PendingCooperative> pendingCooperatives(PageRequest page) {
        return page.page(cooperatives.awaitingVerification(page).stream().map(this::pending).toList(),
                cooperatives.countAwaitingVerification());
    }

    /** One page of the open reports, oldest first. */
    public Page<ReportView> openReports(PageRequest page) {
        return reports.openReports(page);
    }

    private long countPendingListings(LocalDate today) {
        return em.createQuery("SELECT COUNT(l) FROM Listing l WHERE l.status = :pending "
                        + "AND l.availableUntil >= :today", Long.class)
                .setParameter("pending", ListingStatus.PENDING_REVIEW).setParameter("today", today)
                .getSingleResult();
    }

    private PendingCooperative pending(CooperativeView view) {
        Cooperative cooperative = em.find(Cooperative.class, view.id());
        Account contact = em.createQuery("SELECT a FROM Account a WHERE a.cooperative.id = :c ORDER BY a.id",
                        Account.class).setParameter("c", view.id()).setMaxResults(1).getResultList()
                .stream().findFirst().orElse(null);
        Instant registered = cooperative.getCreatedAt();
        return new PendingCooperative(view.id(), view.name(), view.registrationNumber(), view.county(), registered,
                Duration.between(registered, Instant.now()).toMinutes(),
                contact == null ? null : contact.getUsername(), contact == null ? null : contact.getDisplayName(),
                contact == null ? null : contact.getEmail(), contact == null ? null : contact.getPhone());
    }
}
