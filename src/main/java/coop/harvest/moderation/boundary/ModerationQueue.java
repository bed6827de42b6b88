package coop.harvest.moderation.boundary;

import coop.harvest.accounts.boundary.CooperativeDirectory;
import coop.harvest.accounts.boundary.CooperativeView;
import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.listings.boundary.ListingBook;
import coop.harvest.certificates.boundary.Certificates;
import coop.harvest.platform.Dates;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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

    @Inject
    ListingBook listingBook;

    @Inject
    PartyDirectory directory;

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
        List<ModeratedListing> listings = parties.listings(listingBook.pendingReview(today, 0, LIMIT), true);
        long pendingListings = listingBook.countPendingReview(today);
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
        List<ModeratedListing> items = parties.listings(listingBook.pendingReview(today, page.offset(), page.size()),
                true);
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
        return listingBook.countPendingReview(today);
    }

    private PendingCooperative pending(CooperativeView view) {
        PartyDirectory.Contact contact = directory.contact(view.id()).orElse(null);
        Instant registered = directory.cooperative(view.id()).orElseThrow().registeredAt();
        return new PendingCooperative(view.id(), view.name(), view.registrationNumber(), view.county(), registered,
                Duration.between(registered, Dates.now()).toMinutes(),
                contact == null ? null : contact.username(), contact == null ? null : contact.displayName(),
                contact == null ? null : contact.email(), contact == null ? null : contact.phone());
    }
}
