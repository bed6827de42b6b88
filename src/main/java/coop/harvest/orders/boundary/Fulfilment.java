package coop.harvest.orders.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CooperativeRatings;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.orders.control.FulfilmentRules;
import coop.harvest.orders.entity.OrderReview;
import coop.harvest.orders.entity.PurchaseOrder;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.Dates;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Carrying an order out beyond its states: the cooperative records the payment made outside the marketplace, the
 * buyer reviews a completed order, the cooperative replies; anyone reads a cooperative's reviews. Each change locks
 * the order's row first, so "once" holds however many requests arrive together.
 */
@Stateless
@PermitAll
public class Fulfilment {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Orders orders;

    @Inject
    OrderViews views;

    @Inject
    PartyDirectory parties;

    @Inject
    CooperativeRatings ratings;

    @Inject
    OrderNotices notices;

    @Inject
    OrderRows rows;

    /** Records the payment (its cooperative): 403 the buyer, 409 not confirmed yet, cancelled, or paid already. */
    public OrderView recordPayment(long id, @Valid @NotNull(message = "a JSON body is required") PaymentBody body) {
        Caller caller = currentUser.require();
        PurchaseOrder order = lockedAsCooperative(id, caller, "record its payment");
        if (!FulfilmentRules.mayRecordPayment(order.getStatus(), order.isPaid())) {
            throw ProblemException.conflict(order.isPaid() ? "The payment of this order is recorded already"
                    : "A payment can be recorded only for a CONFIRMED, SHIPPED or COMPLETED order, not "
                    + order.getStatus());
        }
        Instant now = Dates.now();
        String reference = blankToNull(body.reference);
        order.recordPayment(body.method, reference, now);
        // the history line says that the payment was recorded; its method is the order's payment.method
        em.flush();
        rows.event(order.getId(), order.getStatus(), now, caller.username(), reference, "PAID");
        notices.tellBuyer(order, "ORDER_PAID", "order.paid", reference);
        return views.of(order, Optional.of(caller));
    }

    /** The buyer's review of its completed order: 403 not its buyer, 409 not completed or reviewed already. */
    public ReviewView review(long id, @Valid @NotNull(message = "a JSON body is required") ReviewBody body) {
        Caller caller = currentUser.require();
        PurchaseOrder order = orders.visible(id, caller);
        if (!(caller.isBuyer() && order.getBuyerId() == caller.accountId())) {
            throw ProblemException.forbidden("Only the order's buyer may review it");
        }
        em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
        boolean reviewed = em.find(OrderReview.class, order.getId()) != null;
        if (!FulfilmentRules.mayReview(order.getStatus(), reviewed)) {
            throw ProblemException.conflict(reviewed ? "This order is reviewed already"
                    : "Only a COMPLETED order can be reviewed, not " + order.getStatus());
        }
        OrderReview review = new OrderReview(order.getId(), order.getCooperativeId(), order.getBuyerId(), body.rating,
                blankToNull(body.comment), Dates.now());
        em.persist(review);
        ratings.add(order.getCooperativeId(), body.rating);
        em.flush();
        notices.tellCooperative(order, "ORDER_REVIEWED", "order.reviewed", review.getComment(),
                String.valueOf(body.rating));
        return views.review(review);
    }

    /** The cooperative's reply to the review: 403 not its cooperative, 409 no review yet or answered already. */
    public ReviewView reply(long id, @Valid @NotNull(message = "a JSON body is required") ReplyBody body) {
        Caller caller = currentUser.require();
        PurchaseOrder order = lockedAsCooperative(id, caller, "reply to its review");
        OrderReview review = em.find(OrderReview.class, order.getId());
        if (!FulfilmentRules.mayReply(review != null, review != null && review.getReply() != null)) {
            throw ProblemException.conflict(review == null ? "This order has no review to reply to"
                    : "The review has a reply already");
        }
        review.reply(body.text.strip(), Dates.now());
        em.flush();
        notices.tellBuyer(order, "ORDER_REVIEW_REPLIED", "order.reviewReplied", review.getReply());
        return views.review(review);
    }

    /** A cooperative's reviews, newest first (public): 404 for an unknown or suspended cooperative. */
    public Page<ReviewView> reviews(long cooperativeId, PageRequest page) {
        if (parties.cooperative(cooperativeId).map(PartyDirectory.CooperativeParty::suspended).orElse(true)) {
            throw ProblemException.notFound("Cooperative " + cooperativeId);
        }
        List<ReviewView> items = em.createQuery("SELECT r FROM OrderReview r WHERE r.cooperativeId = :c "
                        + "ORDER BY r.createdAt DESC, r.orderId DESC", OrderReview.class)
                .setParameter("c", cooperativeId).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(views::review).toList();
        long total = em.createQuery("SELECT COUNT(r) FROM OrderReview r WHERE r.cooperativeId = :c", Long.class)
                .setParameter("c", cooperativeId).getSingleResult();
        return page.page(items, total);
    }

    private PurchaseOrder lockedAsCooperative(long id, Caller caller, String what) {
        PurchaseOrder order = orders.visible(id, caller);
        if (!caller.ownsCooperative(order.getCooperativeId())) {
            throw ProblemException.forbidden("Only the order's cooperative may " + what);
        }
        em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
        return order;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
