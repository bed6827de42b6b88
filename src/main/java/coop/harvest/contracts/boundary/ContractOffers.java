package coop.harvest.contracts.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.catalog.boundary.Catalog;
import coop.harvest.certificates.boundary.Certificates;
import coop.harvest.contracts.control.ContractFlow;
import coop.harvest.contracts.control.OfferRules;
import coop.harvest.contracts.entity.ContractOffer;
import coop.harvest.contracts.entity.ContractStatus;
import coop.harvest.contracts.entity.FarmContract;
import coop.harvest.contracts.entity.OfferStatus;
import coop.harvest.contracts.entity.PricingType;
import coop.harvest.contracts.entity.ScheduleSlot;
import coop.harvest.notifications.boundary.Notifier;
import coop.harvest.platform.Dates;
import coop.harvest.platform.FieldError;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import coop.harvest.platform.RowQueue;
import coop.harvest.vocabulary.AmountRules;
import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Counties;
import coop.harvest.vocabulary.Grade;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Contract offers: buyers publish and withdraw them, anyone reads them, verified cooperatives commit to them. A
 * commitment locks the offer's row (PESSIMISTIC_WRITE) before checking what is left, so however many cooperatives
 * commit at once, the offer never holds more than its total; they reach that row one at a time from each instance,
 * in arrival order ({@link RowQueue}).
 */
@Stateless
@PermitAll
public class ContractOffers {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Catalog catalog;

    @Inject
    Certificates certificates;

    @Inject
    PartyDirectory parties;

    @Inject
    Notifier notifier;

    @Inject
    ContractViews views;

    @Inject
    ContractLedger ledger;

    /** Publishes an offer (OPEN); 422 naming the field for any broken rule. */
    @RolesAllowed("BUYER")
    public OfferView publish(@Valid @NotNull(message = "a JSON body is required") NewOffer request) {
        Caller caller = currentUser.require();
        LocalDate today = MarketDay.today();
        List<FieldError> errors = new ArrayList<>();
        String product = request.product.strip();
        if (catalog.product(product).isEmpty()) {
            errors.add(new FieldError("product", "is not a product of the catalogue"));
        }
        String county = Counties.canonical(request.deliveryCounty).orElse(null);
        if (county == null) {
            errors.add(new FieldError("deliveryCounty", "must be a county of Huaihua"));
        }
        if (request.certifications != null && request.certifications.contains(null)) {
            errors.add(new FieldError("certifications", "must not contain null"));
        }
        AmountRules.quantity("totalQuantity", request.totalQuantity, errors);
        pricingErrors(request.pricing, errors);
        List<OfferRules.Slot> slots = request.schedule.stream()
                .map(s -> s == null ? null : new OfferRules.Slot(s.date, s.percent)).toList();
        errors.addAll(OfferRules.check(request.commitBy, today, slots));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<ScheduleSlot> schedule = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            schedule.add(new ScheduleSlot(i + 1, slots.get(i).date(), slots.get(i).percent()));
        }
        Set<Certification> certs = request.certifications == null ? EnumSet.noneOf(Certification.class)
                : EnumSet.copyOf(request.certifications.isEmpty() ? EnumSet.noneOf(Certification.class)
                : request.certifications);
        boolean fixed = request.pricing.type == PricingType.FIXED;
        String description = request.description == null || request.description.isBlank() ? null
                : request.description.strip();
        ContractOffer offer = new ContractOffer(caller.accountId(), product,
                request.minGrade == null ? Grade.STANDARD : request.minGrade, certs, request.totalQuantity,
                request.pricing.type, fixed ? request.pricing.unitPrice : null,
                fixed ? null : request.pricing.floorPrice, county, request.commitBy, description, schedule,
                Dates.now());
        em.persist(offer);
        em.flush();
        return views.offer(offer);
    }

    private static void pricingErrors(PricingBody pricing, List<FieldError> errors) {
        if (pricing.type == null) {
            errors.add(new FieldError("pricing.type", "is required: FIXED or FLOOR"));
        } else if (pricing.type == PricingType.FIXED) {
            if (pricing.unitPrice == null) {
                errors.add(new FieldError("pricing.unitPrice", "is required for FIXED pricing"));
            }
            if (pricing.floorPrice != null) {
                errors.add(new FieldError("pricing.floorPrice", "belongs to FLOOR pricing only"));
            }
            AmountRules.price("pricing.unitPrice", pricing.unitPrice, errors);
        } else {
            if (pricing.floorPrice == null) {
                errors.add(new FieldError("pricing.floorPrice", "is required for FLOOR pricing"));
            }
            if (pricing.unitPrice != null) {
                errors.add(new FieldError("pricing.unitPrice", "belongs to FIXED pricing only"));
            }
            AmountRules.price("pricing.floorPrice", pricing.floorPrice, errors);
        }
    }

    /** Offers, newest first, of one product and status when given; {@code buyerId} narrows to one buyer's. */
    public Page<OfferView> list(String product, OfferStatus status, Long buyerId, PageRequest page) {
        return list(product, null, status, buyerId, page);
    }

    /**
     * As {@link #list(String, OfferStatus, Long, PageRequest)}, keeping only the offers of the products that the
     * words {@code q} name (their names, codes or aliases in the catalogue, as the listings' and demands' search).
     */
    public Page<OfferView> list(String product, String q, OfferStatus status, Long buyerId, PageRequest page) {
        Set<String> named = q == null || q.isBlank() ? null : catalog.productsMatching(q);
        if (named != null && named.isEmpty()) {
            return page.page(List.of(), 0); // the words name no product of the catalogue
        }
        StringBuilder where = new StringBuilder(" WHERE o.id IS NOT NULL");
        if (product != null && !product.isBlank()) {
            where.append(" AND o.product = :product");
        }
        if (named != null) {
            where.append(" AND o.product IN :named");
        }
        if (status == OfferStatus.OPEN) {
            where.append(" AND o.status = :status AND o.commitBy >= :today");
        } else if (status == OfferStatus.CLOSED) {
            where.append(" AND (o.status = :status OR (o.status = :open AND o.commitBy < :today))");
        } else if (status != null) {
            where.append(" AND o.status = :status");
        }
        if (buyerId != null) {
            where.append(" AND o.buyerId = :buyer");
        }
        TypedQuery<ContractOffer> query = em.createQuery("SELECT o FROM ContractOffer o" + where
                + " ORDER BY o.createdAt DESC, o.id DESC", ContractOffer.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM ContractOffer o" + where, Long.class);
        for (TypedQuery<?> each : List.of(query, count)) {
            if (product != null && !product.isBlank()) {
                each.setParameter("product", product.strip());
            }
            if (status != null) {
                each.setParameter("status", status);
            }
            if (status == OfferStatus.OPEN || status == OfferStatus.CLOSED) {
                each.setParameter("today", MarketDay.today());
            }
            if (status == OfferStatus.CLOSED) {
                each.setParameter("open", OfferStatus.OPEN);
            }
            if (buyerId != null) {
                each.setParameter("buyer", buyerId);
            }
            if (named != null) {
                each.setParameter("named", List.copyOf(named));
            }
        }
        List<ContractOffer> found = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return page.page(views.offers(found), count.getSingleResult());
    }

    public OfferView get(long id) {
        return views.offer(find(id));
    }

    /**
     * Commits a quantity of an open offer for the caller's cooperative: 403 unverified or suspended, 422 bad
     * quantity or certifications not backed, 409 not OPEN or more than is left. The new contract is PROPOSED.
     */
    @RolesAllowed("COOPERATIVE")
    public ContractView commit(long offerId,
                               @Valid @NotNull(message = "a JSON body is required") CommitmentBody request) {
        Caller caller = currentUser.require();
        long coopId = caller.cooperativeId() == null ? -1 : caller.cooperativeId();
        PartyDirectory.CooperativeParty coop = parties.cooperative(coopId).orElse(null);
        if (coop == null || !coop.verified() || coop.suspended()) {
            throw ProblemException.forbidden("Only a verified cooperative in good standing may commit to offers");
        }
        List<FieldError> errors = new ArrayList<>();
        AmountRules.quantity("quantity", request.quantity, errors);
        if (request.acreage != null) {
            if (request.acreage.signum() <= 0 || request.acreage.compareTo(AmountRules.MAX_QUANTITY) > 0) {
                errors.add(new FieldError("acreage", "must be greater than 0 and at most 1,000,000 mu"));
            } else if (request.acreage.stripTrailingZeros().scale() > 2) {
                errors.add(new FieldError("acreage", "must have at most 2 decimals"));
            }
        }
        ContractOffer offer = find(offerId);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Set<Certification> unbacked = certificates.unbacked(coopId, offer.getProduct(), offer.certificationSet());
        if (!unbacked.isEmpty()) {
            throw ProblemException.invalid("certifications", "your cooperative holds no valid approved certificate "
                    + "for " + offer.getProduct() + " of " + unbacked);
        }
        // the buyer's name too is read before the offer's row is locked: every commitment to the offer waits for
        // that lock, so under it the commitment is only written (the view needs no query)
        PartyDirectory.AccountParty buyer = parties.accounts(List.of(offer.getBuyerId())).get(offer.getBuyerId());
        LocalDate today = MarketDay.today();
        // in line with this instance's other commitments to the offer before its row's lock (see RowQueue)
        RowQueue.enter("CONTRACT_OFFER", offerId);
        if (!commitAtOnce(offerId, request.quantity, today)) {
            em.refresh(offer, LockModeType.PESSIMISTIC_WRITE);
            if (offer.getStatus() != OfferStatus.OPEN || offer.getCommitBy().isBefore(today)) {
                throw ProblemException.conflict("This offer takes no commitments now");
            }
            if (request.quantity.compareTo(offer.remaining()) > 0) {
                throw ProblemException.conflict("Only " + plain(offer.remaining()) + " is left to commit");
            }
            offer.commit(request.quantity);
        }
        FarmContract contract = new FarmContract(offerId, offer.getBuyerId(), coopId, coop.county(), offer.getProduct(),
                request.quantity, request.acreage, Dates.now());
        em.persist(contract);
        em.flush();
        notifier.notify(offer.getBuyerId(), "CONTRACT_PROPOSED", "contracts.proposed",
                new Object[]{coop.name(), plain(request.quantity), offerId}, ContractLedger.BUYER_PAGE);
        return views.proposed(contract, offer, buyer, coop);
    }

    /**
     * The usual commitment in one statement, which takes the offer's row lock itself: an open offer before its
     * deadline with enough left takes the quantity (and closes when full), as {@link ContractOffer#commit} does.
     * False when the offer cannot take it; the caller then locks and reads the offer to say why. The offer read
     * before is left as it was (only its fixed terms are used after).
     */
    private boolean commitAtOnce(long offerId, BigDecimal quantity, LocalDate today) {
        return em.createNativeQuery("UPDATE CONTRACT_OFFER SET COMMITTED_QUANTITY = COMMITTED_QUANTITY + ?, "
                        + "STATUS = CASE WHEN COMMITTED_QUANTITY + ? >= TOTAL_QUANTITY THEN 'CLOSED' ELSE STATUS END, "
                        + "VERSION = VERSION + 1 WHERE ID = ? AND STATUS = 'OPEN' AND COMMIT_BY >= ? "
                        + "AND TOTAL_QUANTITY - COMMITTED_QUANTITY >= ?")
                .setParameter(1, quantity).setParameter(2, quantity).setParameter(3, offerId)
                .setParameter(4, Date.valueOf(today)).setParameter(5, quantity).executeUpdate() == 1;
    }

    /** The buyer withdraws its offer while no contract of it is ACTIVE; its PROPOSED contracts are declined. */
    @RolesAllowed("BUYER")
    public OfferView withdraw(long id) {
        Caller caller = currentUser.require();
        ContractOffer offer = find(id);
        if (offer.getBuyerId() != caller.accountId()) {
            throw ProblemException.forbidden("Only the offer's buyer may withdraw it");
        }
        em.refresh(offer, LockModeType.PESSIMISTIC_WRITE);
        if (!ContractFlow.Action.WITHDRAW_OFFER.allowedFrom(offer.getStatus().name())) {
            throw ProblemException.conflict("This offer is already withdrawn");
        }
        List<FarmContract> held = em.createQuery("SELECT c FROM FarmContract c WHERE c.offerId = :o "
                        + "AND c.status IN :held", FarmContract.class).setParameter("o", id)
                .setParameter("held", List.of(ContractStatus.PROPOSED, ContractStatus.ACTIVE))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (held.stream().anyMatch(c -> c.getStatus() == ContractStatus.ACTIVE)) {
            throw ProblemException.conflict("A contract of this offer is active: the offer can no longer be withdrawn");
        }
        LocalDate today = MarketDay.today();
        for (FarmContract proposal : held) {
            ledger.end(offer, proposal, ContractStatus.DECLINED, "offer withdrawn", today);
            notifier.notifyCooperative(proposal.getCooperativeId(), "CONTRACT_DECLINED", "contracts.offerWithdrawn",
                    new Object[]{id, proposal.getId()}, ContractLedger.COOP_PAGE);
        }
        offer.moveTo(OfferStatus.WITHDRAWN);
        em.flush();
        return views.offer(offer);
    }

    private ContractOffer find(long id) {
        ContractOffer offer = em.find(ContractOffer.class, id);
        if (offer == null) {
            throw ProblemException.notFound("Contract offer " + id);
        }
        return offer;
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
