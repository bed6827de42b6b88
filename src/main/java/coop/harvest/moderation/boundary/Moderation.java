package coop.harvest.moderation.boundary;

import coop.harvest.notifications.boundary.Notifier;
import coop.harvest.accounts.boundary.CooperativeStanding;
import coop.harvest.accounts.boundary.CooperativeView;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.demands.boundary.DemandBook;
import coop.harvest.demands.boundary.DemandRecord;
import coop.harvest.demands.boundary.DemandStatus;
import coop.harvest.listings.boundary.ListingBook;
import coop.harvest.listings.boundary.ListingRecord;
import coop.harvest.listings.boundary.ListingStatus;
import coop.harvest.moderation.control.ListingDecision;
import coop.harvest.moderation.control.Reasons;
import coop.harvest.audit.boundary.AuditLog;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.util.List;

/**
 * Staff decisions on listings, demands and cooperatives. Each one locks its target, checks the target's status
 * (409 when the decision does not apply), changes it, writes exactly one audit line and tells the owner — all in
 * one transaction, so a refused or failed decision leaves no trace.
 */
@Stateless
@RolesAllowed("STAFF")
public class Moderation {

    @Inject
    CooperativeStanding cooperatives;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    ListingBook listings;

    @Inject
    DemandBook demands;

    @Inject
    Parties parties;

    @Inject
    Event<ListingSuspended> listingSuspended;

    @Inject
    Event<CooperativeSuspended> cooperativeSuspended;

    /** PENDING_REVIEW → ACTIVE (SOLD_OUT if nothing is left); open demands are matched against it. */
    public ModeratedListing approveListing(long id) {
        return decide(ListingDecision.APPROVE, id, null);
    }

    /** PENDING_REVIEW → REJECTED with the reason, which the cooperative sees; it may edit and resubmit. */
    public ModeratedListing rejectListing(long id, @Valid ReasonBody body) {
        return decide(ListingDecision.REJECT, id, Reasons.require(body == null ? null : body.reason));
    }

    /** ACTIVE or SOLD_OUT → SUSPENDED: hidden from search; its open orders stay (observers of the event act). */
    public ModeratedListing suspendListing(long id, @Valid ReasonBody body) {
        return decide(ListingDecision.SUSPEND, id, Reasons.require(body == null ? null : body.reason));
    }

    /** SUSPENDED → ACTIVE (SOLD_OUT if nothing is left); open demands are matched against it. */
    public ModeratedListing reinstateListing(long id) {
        return decide(ListingDecision.REINSTATE, id, null);
    }

    private ModeratedListing decide(ListingDecision decision, long id, String reason) {
        // the product lock, then the listing's: matching's order, so a decision never deadlocks with a buyer's demand
        ListingRecord listing = listings.lockForChange(id)
                .orElseThrow(() -> ProblemException.notFound("Listing " + id));
        ListingStatus current = listing.effectiveStatus(MarketDay.today());
        if (!decision.allowedFrom(current)) {
            throw ProblemException.conflict(decision.wrongStateDetail(current));
        }
        // a listing that goes ACTIVE is announced by listings, and matching fills open demands from it here
        listing = listings.changeStatus(id, decision.outcome(listing.available()), reason);
        String actor = actor();
        audit.record(actor, decision.auditAction(), "LISTING", id, reason);
        if (decision == ListingDecision.SUSPEND) {
            listingSuspended.fire(new ListingSuspended(id, reason, actor));
        }
        parties.tellCooperative(listing.cooperativeId(), decision.notificationType(), decision.messageKey(),
                new Object[]{id, Notifier.product(listing.product()), reason == null ? "" : reason}, "/listing.xhtml?id=" + id);
        return parties.listings(List.of(listing), false).get(0);
    }

    /** OPEN or PARTIALLY_FILLED → REMOVED with the reason: matched no more; orders made already stay. */
    public ModeratedDemand removeDemand(long id, @Valid ReasonBody body) {
        String reason = Reasons.require(body == null ? null : body.reason);
        DemandRecord demand = demands.lockForChange(id).orElseThrow(() -> ProblemException.notFound("Demand " + id));
        if (!demand.open()) {
            throw ProblemException.conflict("A demand in status " + demand.status()
                    + " cannot be removed; only OPEN or PARTIALLY_FILLED demands can");
        }
        demand = demands.changeStatus(id, DemandStatus.REMOVED, reason);
        audit.record(actor(), "DEMAND_REMOVED", "DEMAND", id, reason);
        parties.tellAccount(demand.buyerId(), "DEMAND_REMOVED", "moderation.demand.remove",
                new Object[]{id, Notifier.product(demand.product()), reason}, "/demand.xhtml?id=" + id);
        return ModeratedDemand.of(demand, parties.buyer(demand.buyerId()), demands.orderIds(id));
    }

    /** Verifies a cooperative: its later listings go live without review. 409 when verified already. */
    public CooperativeView verifyCooperative(long id) {
        CooperativeView verified = cooperatives.verify(id);
        audit.record(actor(), "COOPERATIVE_VERIFIED", "COOPERATIVE", id, null);
        parties.tellCooperative(id, "COOPERATIVE_VERIFIED", "moderation.cooperative.verify",
                new Object[]{verified.name()}, "/coop/");
        return verified;
    }

    /**
     * Suspends a cooperative: it cannot sign in, its listings leave public search, and observers of
     * {@link CooperativeSuspended} cancel its pending orders. 409 when suspended already.
     */
    public CooperativeView suspendCooperative(long id, @Valid ReasonBody body) {
        String reason = Reasons.require(body == null ? null : body.reason);
        // its products' locks and its listings' rows first, then the cooperative's row: an order being placed on one
        // of its listings commits before (and is cancelled below) or starts after and sees the suspension
        listings.lockForCooperativeDecision(id);
        CooperativeView suspended = cooperatives.suspend(id);
        String actor = actor();
        audit.record(actor, "COOPERATIVE_SUSPENDED", "COOPERATIVE", id, reason);
        cooperativeSuspended.fire(new CooperativeSuspended(id, reason, actor));
        parties.tellCooperative(id, "COOPERATIVE_SUSPENDED", "moderation.cooperative.suspend",
                new Object[]{suspended.name(), reason}, "/coop/");
        return suspended;
    }

    /** Lifts a suspension; its ACTIVE listings are matched again. 409 when it is not suspended. */
    public CooperativeView reinstateCooperative(long id) {
        CooperativeView reinstated = cooperatives.reinstate(id);
        audit.record(actor(), "COOPERATIVE_REINSTATED", "COOPERATIVE", id, null);
        // its ACTIVE listings are announced again, and matching fills open demands from them
        listings.announceActiveOf(id);
        parties.tellCooperative(id, "COOPERATIVE_REINSTATED", "moderation.cooperative.reinstate",
                new Object[]{reinstated.name()}, "/coop/");
        return reinstated;
    }

    private String actor() {
        return currentUser.require().username();
    }
}
