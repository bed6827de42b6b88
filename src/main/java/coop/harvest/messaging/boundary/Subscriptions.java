package coop.harvest.messaging.boundary;

import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.catalog.boundary.Catalog;
import coop.harvest.platform.Dates;
import coop.harvest.vocabulary.Counties;
import coop.harvest.messaging.control.SmsTexts;
import coop.harvest.messaging.entity.Channel;
import coop.harvest.messaging.entity.Subscription;
import coop.harvest.messaging.entity.SubscriptionKind;
import coop.harvest.platform.FieldError;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The signed-in account's subscriptions; one-tap unsubscribe by token; stopping every SMS of a phone. */
@Stateless
@PermitAll
public class Subscriptions {

    public static final int MAX_PER_ACCOUNT = 50;
    static final BigDecimal MAX_PRICE = new BigDecimal("1000000");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Catalog catalog;

    @Inject
    Deliveries deliveries;

    /** Subscribes the caller; 422 for broken rules (SMS without a verified phone, an alert without a threshold…). */
    public SubscriptionView create(@Valid @NotNull(message = "a JSON body is required") NewSubscription request) {
        long accountId = currentUser.require().accountId();
        List<FieldError> errors = new ArrayList<>();
        String product = blankToNull(request.product);
        if (product != null && catalog.product(product).isEmpty()) {
            errors.add(new FieldError("product", "is not a product of the catalogue"));
        }
        boolean alert = request.kind == SubscriptionKind.PRICE_ALERT;
        if (alert && product == null) {
            errors.add(new FieldError("product", "is required for a PRICE_ALERT"));
        }
        if (request.kind == SubscriptionKind.POSTS && product != null) {
            errors.add(new FieldError("product", "is not used by POSTS"));
        }
        String county = null;
        if (blankToNull(request.county) != null) {
            if (request.kind != SubscriptionKind.NEW_LISTINGS && request.kind != SubscriptionKind.NEW_DEMANDS) {
                errors.add(new FieldError("county", "is only used by NEW_LISTINGS and NEW_DEMANDS"));
            } else {
                county = Counties.canonical(request.county).orElse(null);
                if (county == null) {
                    errors.add(new FieldError("county", "must be a county of Huaihua"));
                }
            }
        }
        checkPrice("below", request.below, alert, errors);
        checkPrice("above", request.above, alert, errors);
        if (alert && request.below == null && request.above == null) {
            errors.add(new FieldError("below", "or above is required for a PRICE_ALERT"));
        }
        if (request.channel == Channel.SMS && deliveries.verifiedPhone(accountId).isEmpty()) {
            errors.add(new FieldError("channel", "SMS needs a verified phone: verify one first (POST /api/me/phone)"));
        }
        long count = em.createQuery("SELECT COUNT(s) FROM Subscription s WHERE s.accountId = :a", Long.class)
                .setParameter("a", accountId).getSingleResult();
        if (count >= MAX_PER_ACCOUNT) {
            errors.add(new FieldError("kind", "at most " + MAX_PER_ACCOUNT + " subscriptions per account"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Subscription s = new Subscription(accountId, request.kind, product, county, request.channel,
                alert ? request.below : null, alert ? request.above : null, token(), Dates.now());
        em.persist(s);
        em.flush();
        return SubscriptionView.of(s);
    }

    /** The caller's subscriptions, newest first. */
    public Page<SubscriptionView> mine(PageRequest page) {
        long accountId = currentUser.require().accountId();
        List<SubscriptionView> items = em.createQuery("SELECT s FROM Subscription s WHERE s.accountId = :a "
                        + "ORDER BY s.id DESC", Subscription.class).setParameter("a", accountId)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(SubscriptionView::of).toList();
        long total = em.createQuery("SELECT COUNT(s) FROM Subscription s WHERE s.accountId = :a", Long.class)
                .setParameter("a", accountId).getSingleResult();
        return page.page(items, total);
    }

    /** Ends one of the caller's subscriptions; another account's or an unknown one is 404. */
    public void delete(long id) {
        Subscription s = em.find(Subscription.class, id);
        if (s == null || s.getAccountId() != currentUser.require().accountId()) {
            throw ProblemException.notFound("Subscription " + id);
        }
        em.remove(s);
    }

    /** The subscription a one-tap unsubscribe token names, if it still exists. */
    public Optional<SubscriptionView> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 40) {
            return Optional.empty();
        }
        return em.createQuery("SELECT s FROM Subscription s WHERE s.unsubscribeToken = :t", Subscription.class)
                .setParameter("t", token.strip()).getResultStream().findFirst().map(SubscriptionView::of);
    }

    /** One-tap unsubscribe (no sign-in: the token is the proof); false when it was gone already. */
    public boolean unsubscribe(String token) {
        if (token == null || token.isBlank() || token.length() > 40) {
            return false;
        }
        return em.createQuery("DELETE FROM Subscription s WHERE s.unsubscribeToken = :t")
                .setParameter("t", token.strip()).executeUpdate() > 0;
    }

    /** Ends every SMS subscription of every account whose verified phone is this one (a TD/STOP reply). */
    public int stopSms(String phone) {
        List<Long> accounts = em.createQuery("SELECT p.accountId FROM VerifiedPhone p WHERE p.phone = :p "
                + "AND p.verifiedAt IS NOT NULL", Long.class).setParameter("p", phone).getResultList();
        if (accounts.isEmpty()) {
            return 0;
        }
        return em.createQuery("DELETE FROM Subscription s WHERE s.channel = :sms AND s.accountId IN :a")
                .setParameter("sms", Channel.SMS).setParameter("a", accounts).executeUpdate();
    }

    /**
     * Tells POSTS subscribers about a new bureau post, in the caller's transaction. The lead calls this from an
     * observer of {@code coop.harvest.posts.boundary.PostPublished}; {@code lang} is the post's language ("zh",
     * "en") or null for every subscriber.
     */
    public int postPublished(long postId, String title, String lang) {
        int told = 0;
        for (Subscription s : em.createQuery("SELECT s FROM Subscription s WHERE s.kind = :k", Subscription.class)
                .setParameter("k", SubscriptionKind.POSTS).getResultList()) {
            if (deliveries.deliver(s, l -> SmsTexts.post(l, title), "/post.xhtml?id=" + postId, lang)) {
                told++;
            }
        }
        return told;
    }

    private static void checkPrice(String field, BigDecimal value, boolean alert, List<FieldError> errors) {
        if (value == null) {
            return;
        }
        if (!alert) {
            errors.add(new FieldError(field, "is only used by PRICE_ALERT"));
        } else if (value.signum() <= 0 || value.compareTo(MAX_PRICE) > 0) {
            errors.add(new FieldError(field, "must be a price above 0 and at most 1000000 CNY"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, "must have at most 2 decimals"));
        }
    }

    private static String token() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
