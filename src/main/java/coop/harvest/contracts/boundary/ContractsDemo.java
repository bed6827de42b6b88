package coop.harvest.contracts.boundary;

import coop.harvest.contracts.control.DeliverySplit;
import coop.harvest.contracts.entity.ContractDelivery;
import coop.harvest.contracts.entity.ContractOffer;
import coop.harvest.contracts.entity.ContractStatus;
import coop.harvest.contracts.entity.FarmContract;
import coop.harvest.contracts.entity.PricingType;
import coop.harvest.contracts.entity.ScheduleSlot;
import coop.harvest.orders.boundary.OrderBook;
import coop.harvest.platform.Dates;
import coop.harvest.platform.MarketDay;
import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Grade;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

/**
 * Demo order farming (called once by demo.DemoData after the accounts and certificates exist): a fixed-price offer
 * for honeysuckle and a floor-priced one for kiwi, both open, and an ACTIVE contract of 诗成 on the honeysuckle offer
 * whose first delivery has shipped (a little short) and awaits the buyer's receipt.
 */
@Stateless
@PermitAll
public class ContractsDemo {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderBook orders;

    /**
     * @param cooperative the demo cooperative's id by its demo key (shicheng: 溆浦县)
     * @param herbBuyer   the herb processing plant (buys honeysuckle at a fixed price)
     * @param wholesaler  the wholesale market (buys kiwi at a floor price)
     */
    public void load(Function<String, Long> cooperative, long herbBuyer, long wholesaler) {
        LocalDate today = MarketDay.today();
        Instant now = Dates.now();
        ContractOffer herbs = new ContractOffer(herbBuyer, "honeysuckle", Grade.FIRST,
                EnumSet.of(Certification.GEOGRAPHICAL_INDICATION), new BigDecimal("20000"), PricingType.FIXED,
                new BigDecimal("62.00"), null, "溆浦县", today.plusDays(20),
                "湘药加工厂收购溆浦金银花（地理标志），分三批交货，现款结算。Honeysuckle for our processing plant, "
                        + "three deliveries, paid on receipt.",
                List.of(new ScheduleSlot(1, today.plusDays(30), 30), new ScheduleSlot(2, today.plusDays(60), 40),
                        new ScheduleSlot(3, today.plusDays(90), 30)), now);
        em.persist(herbs);
        ContractOffer kiwi = new ContractOffer(wholesaler, "kiwi", Grade.SECOND, EnumSet.noneOf(Certification.class),
                new BigDecimal("50000"), PricingType.FLOOR, null, new BigDecimal("7.50"), "鹤城区", today.plusDays(30),
                "五溪批发市场保底价收购猕猴桃，随行就市。Kiwi at a protected floor price that follows the market.",
                List.of(new ScheduleSlot(1, today.plusDays(45), 50), new ScheduleSlot(2, today.plusDays(75), 50)), now);
        em.persist(kiwi);
        em.flush();

        long shicheng = cooperative.apply("shicheng");
        BigDecimal quantity = new BigDecimal("6000");
        herbs.commit(quantity);
        FarmContract contract = new FarmContract(herbs.getId(), herbBuyer, shicheng, "溆浦县", "honeysuckle", quantity,
                new BigDecimal("80"), now);
        em.persist(contract);
        contract.moveTo(ContractStatus.ACTIVE, null, now);
        em.flush();
        List<BigDecimal> parts = DeliverySplit.split(quantity, List.of(30, 40, 30));
        for (int i = 0; i < 3; i++) {
            ScheduleSlot slot = herbs.getSchedule().get(i);
            ContractDelivery delivery = new ContractDelivery(contract.getId(), slot.getNumber(), slot.getDue(),
                    parts.get(i));
            em.persist(delivery);
            if (i == 0) {
                BigDecimal shipped = new BigDecimal("1750"); // of 1,800: a recorded shortfall
                long order = orders.createForContract(contract.getId(), 1, herbBuyer, shicheng, "honeysuckle",
                        shipped, herbs.getUnitPrice(), "shicheng", "第一批，晾晒损耗略有短缺");
                delivery.ship(shipped, herbs.getUnitPrice(), order, now);
            }
        }
        em.flush();
    }
}
