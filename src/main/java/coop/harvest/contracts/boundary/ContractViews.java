package coop.harvest.contracts.boundary;

import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.contracts.entity.ContractDelivery;
import coop.harvest.contracts.entity.ContractOffer;
import coop.harvest.contracts.entity.FarmContract;
import coop.harvest.contracts.entity.OfferStatus;
import coop.harvest.contracts.entity.PricingType;
import coop.harvest.platform.MarketDay;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds offer and contract views with the parties' public names (read in one query per page). */
@Stateless
@PermitAll
public class ContractViews {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    public OfferView offer(ContractOffer offer) {
        return offers(List.of(offer)).get(0);
    }

    public List<OfferView> offers(List<ContractOffer> offers) {
        if (offers.isEmpty()) {
            return List.of();
        }
        Map<Long, PartyDirectory.AccountParty> buyers = parties.accounts(
                offers.stream().map(ContractOffer::getBuyerId).collect(Collectors.toSet()));
        return offers.stream().map(o -> new OfferView(o.getId(),
                new PartyRef(o.getBuyerId(), name(buyers.get(o.getBuyerId()))), o.getProduct(),
                o.getMinGrade().name(), certifications(o), o.getTotalQuantity(), o.getCommittedQuantity(),
                pricing(o), o.getSchedule().stream().map(s -> new SlotView(s.getDue(), s.getPercent())).toList(),
                o.getDeliveryCounty(), o.getCommitBy(), o.getDescription(), status(o), o.getCreatedAt(),
                o.getVersion())).toList();
    }

    public ContractView contract(FarmContract contract) {
        return contracts(List.of(contract)).get(0);
    }

    public List<ContractView> contracts(List<FarmContract> contracts) {
        if (contracts.isEmpty()) {
            return List.of();
        }
        Set<Long> buyerIds = new HashSet<>();
        Set<Long> coopIds = new HashSet<>();
        Set<Long> offerIds = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        for (FarmContract c : contracts) {
            buyerIds.add(c.getBuyerId());
            coopIds.add(c.getCooperativeId());
            offerIds.add(c.getOfferId());
            ids.add(c.getId());
        }
        Map<Long, PartyDirectory.AccountParty> buyers = parties.accounts(buyerIds);
        Map<Long, PartyDirectory.CooperativeParty> coops = parties.cooperatives(coopIds);
        Map<Long, ContractOffer> offers = em.createQuery("SELECT o FROM ContractOffer o WHERE o.id IN :ids",
                ContractOffer.class).setParameter("ids", offerIds).getResultStream()
                .collect(Collectors.toMap(ContractOffer::getId, o -> o));
        Map<Long, List<ContractDelivery>> deliveries = deliveries(ids);
        return contracts.stream().map(c -> view(c, offers.get(c.getOfferId()), buyers.get(c.getBuyerId()),
                coops.get(c.getCooperativeId()), deliveries.getOrDefault(c.getId(), List.of()))).toList();
    }

    /**
     * A contract just proposed, from what its caller has read already: no delivery exists yet, so the view needs no
     * query (it is built while the offer's row is locked).
     */
    public ContractView proposed(FarmContract contract, ContractOffer offer, PartyDirectory.AccountParty buyer,
                                 PartyDirectory.CooperativeParty coop) {
        return view(contract, offer, buyer, coop, List.of());
    }

    private static ContractView view(FarmContract c, ContractOffer offer, PartyDirectory.AccountParty buyer,
                                     PartyDirectory.CooperativeParty coop, List<ContractDelivery> own) {
        BigDecimal delivered = own.stream().map(ContractDelivery::getShippedQuantity)
                .filter(q -> q != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ContractView(c.getId(), c.getOfferId(), new PartyRef(c.getBuyerId(), name(buyer)),
                new PartyRef(c.getCooperativeId(), coop == null ? "" : coop.name()), c.getProduct(),
                offer.getMinGrade().name(), certifications(offer), c.getQuantity(), c.getAcreage(),
                pricing(offer), c.getStatus().name(), own.stream().map(ContractViews::delivery).toList(),
                delivered, c.getReason(), c.getCreatedAt(), c.getVersion());
    }

    private Map<Long, List<ContractDelivery>> deliveries(Collection<Long> contractIds) {
        return em.createQuery("SELECT d FROM ContractDelivery d WHERE d.contractId IN :ids ORDER BY d.number",
                        ContractDelivery.class).setParameter("ids", contractIds).getResultStream()
                .collect(Collectors.groupingBy(ContractDelivery::getContractId));
    }

    static DeliveryView delivery(ContractDelivery d) {
        return new DeliveryView(d.getNumber(), d.getDue(), d.getQuantity(), d.getStatus().name(),
                d.getShippedQuantity(), d.getUnitPrice(), d.getOrderId());
    }

    static PricingView pricing(ContractOffer o) {
        return o.getPricingType() == PricingType.FIXED
                ? new PricingView("FIXED", o.getUnitPrice(), null)
                : new PricingView("FLOOR", null, o.getFloorPrice());
    }

    /** An open offer past its deadline shows CLOSED even before the sweeper closes it. */
    static String status(ContractOffer o) {
        return o.getStatus() == OfferStatus.OPEN && o.getCommitBy().isBefore(MarketDay.today())
                ? OfferStatus.CLOSED.name() : o.getStatus().name();
    }

    private static List<String> certifications(ContractOffer o) {
        return o.certificationSet().stream().map(Enum::name).toList();
    }

    private static String name(PartyDirectory.AccountParty party) {
        return party == null ? "" : party.publicName();
    }
}
