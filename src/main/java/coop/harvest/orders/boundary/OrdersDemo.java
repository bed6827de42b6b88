package coop.harvest.orders.boundary;

import coop.harvest.accounts.boundary.Accounts;
import coop.harvest.accounts.boundary.CooperativeRatings;
import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.catalog.boundary.ProductLock;
import coop.harvest.listings.boundary.ListingQueries;
import coop.harvest.listings.boundary.ListingQuery;
import coop.harvest.listings.boundary.ListingStatus;
import coop.harvest.listings.boundary.ListingView;
import coop.harvest.orders.entity.OrderReview;
import coop.harvest.orders.entity.OrderStatus;
import coop.harvest.orders.entity.PaymentMethod;
import coop.harvest.orders.entity.PurchaseOrder;
import coop.harvest.platform.Dates;
import coop.harvest.platform.PageRequest;
import coop.harvest.vocabulary.Grade;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Demo orders in every state for each demo buyer and each verified demo cooperative, with delivery addresses,
 * tracking numbers, recorded payments, reviews and replies, so that a newcomer sees fulfilment at once. Called once by
 * the demo data, in its transaction, after the demo listings exist; orders move through the same book as real ones.
 */
@Stateless
@PermitAll
public class OrdersDemo {

    private static final Logger LOG = Logger.getLogger(OrdersDemo.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderBook book;

    @Inject
    OrderRows rows;

    @Inject
    ProductLock productLock;

    @Inject
    ListingQueries listings;

    @Inject
    PartyDirectory parties;

    @Inject
    Accounts accounts;

    @Inject
    CooperativeRatings ratings;

    /** What one demo order went through: up to which state, and its fulfilment along the way. */
    private record Plan(long buyerId, String product, Grade grade, String quantity, OrderStatus until,
                        String carrier, String tracking, PaymentMethod paid, String reference, Integer rating,
                        String comment, String reply, String note) {
    }

    /** Loads the demo orders of the three demo buyers (a wholesale market, a herb processor, a canteen). */
    public void load(long wuxi, long xiangyao, long canteen) {
        accounts.setDefaultDeliveryAddress(wuxi, "怀化市鹤城区迎丰中路五溪农产品批发市场 A 区 12 号冷库");
        accounts.setDefaultDeliveryAddress(xiangyao, "怀化市中方县工业园湘药大道 8 号 原料仓库");
        accounts.setDefaultDeliveryAddress(canteen, "怀化市鹤城区怀东路 180 号 怀化学院第一食堂后门");
        Plan[] plans = {
            new Plan(wuxi, "kiwi", Grade.FIRST, "300", OrderStatus.COMPLETED, "顺丰冷运", "SF1402338761205",
                    PaymentMethod.BANK_TRANSFER, "农商行 20261120-0031", 5, "果子个头均匀，冷链到货无磕碰，下次还订。",
                    "感谢五溪市场的信任，下一批红心猕猴桃月底采收。", "请用 10 公斤装纸箱"),
            new Plan(wuxi, "grape", Grade.FIRST, "200", OrderStatus.SHIPPED, "德邦物流", "DPK300188842177",
                    PaymentMethod.WECHAT, "微信转账 4200001921", null, null, null, null),
            new Plan(wuxi, "tea", Grade.FIRST, "10", OrderStatus.CONFIRMED, null, null, null, null, null, null, null,
                    "礼盒装，年前送到"),
            new Plan(wuxi, "grape", Grade.PREMIUM, "40", OrderStatus.PENDING_CONFIRMATION, null, null, null, null,
                    null, null, null, null),
            new Plan(wuxi, "kiwi", Grade.FIRST, "100", OrderStatus.CANCELLED, null, null, null, null, null, null, null,
                    null),
            new Plan(xiangyao, "honeysuckle", Grade.PREMIUM, "100", OrderStatus.COMPLETED, "中通快递", "ZTO78123409981",
                    PaymentMethod.BANK_TRANSFER, "建行 HX-2026-117", 4, "花蕾饱满，含水率略高，整体满意。",
                    "已调整烘干时间，下批会更干。", null),
            new Plan(xiangyao, "honeysuckle", Grade.SECOND, "400", OrderStatus.SHIPPED, "怀化本地货运", "HH-0458",
                    PaymentMethod.ALIPAY, "支付宝 2026112922001", null, null, null, "编织袋装，每袋 25 公斤"),
            new Plan(xiangyao, "honeysuckle", Grade.PREMIUM, "60", OrderStatus.CONFIRMED, null, null,
                    PaymentMethod.BANK_TRANSFER, "建行 HX-2026-131", null, null, null, null),
            new Plan(xiangyao, "tea", Grade.PREMIUM, "2", OrderStatus.PENDING_CONFIRMATION, null, null, null, null,
                    null, null, null, null),
            new Plan(xiangyao, "honeysuckle", Grade.SECOND, "200", OrderStatus.DECLINED, null, null, null, null, null,
                    null, null, null),
            new Plan(canteen, "grape", Grade.FIRST, "100", OrderStatus.COMPLETED, "合作社自送", "自送-1128",
                    PaymentMethod.CASH, null, 4, "提子新鲜，学生很喜欢。", null, "早上 7 点前送到"),
            new Plan(canteen, "tea", Grade.FIRST, "5", OrderStatus.COMPLETED, "邮政 EMS", "EMS1190022884CN",
                    PaymentMethod.OTHER, "学校财务转账", 5, "碣滩茶香气好，教职工很满意。", "谢谢刘师傅，欢迎来茶园参观。", null),
            new Plan(canteen, "kiwi", Grade.FIRST, "150", OrderStatus.SHIPPED, "顺丰冷运", "SF1402339002611", null,
                    null, null, null, null, "货到付款"),
            new Plan(canteen, "grape", Grade.PREMIUM, "20", OrderStatus.CONFIRMED, null, null, null, null, null, null,
                    null, null),
            new Plan(canteen, "tea", Grade.PREMIUM, "1", OrderStatus.PENDING_CONFIRMATION, null, null, null, null,
                    null, null, null, null),
            new Plan(canteen, "kiwi", Grade.FIRST, "100", OrderStatus.DISPUTED, "顺丰冷运", "SF1402339107733", null,
                    null, null, null, null, null),
        };
        int made = 0;
        for (Plan plan : plans) {
            if (carryOut(plan)) {
                made++;
            }
        }
        int count = made;
        LOG.info(() -> "Demo orders loaded: " + count);
    }

    private boolean carryOut(Plan plan) {
        Optional<ListingView> found = listings.search(new ListingQuery(plan.product(), null, java.util.Set.of(),
                        plan.grade(), null, null, null, ListingStatus.ACTIVE, ListingQuery.Sort.NEWEST),
                PageRequest.of(0, 20)).items().stream().filter(l -> l.grade() == plan.grade()).findFirst();
        if (found.isEmpty()) {
            return false;
        }
        ListingView listing = found.get();
        String buyer = parties.account(plan.buyerId()).map(PartyDirectory.AccountParty::username).orElse("system");
        String cooperative = parties.contact(listing.cooperative().id()).map(PartyDirectory.Contact::username)
                .orElse("system");
        productLock.lock(listing.product());
        Optional<PurchaseOrder> created = book.create(listing.id(), null, plan.buyerId(), new BigDecimal(plan.quantity()),
                buyer, parties.deliveryAddress(plan.buyerId()).orElse(null), plan.note());
        if (created.isEmpty()) {
            return false;
        }
        // the new order's row was written by its own statement: the steps below change it through the entity manager
        PurchaseOrder order = em.find(PurchaseOrder.class, created.get().getId());
        switch (plan.until()) {
            case PENDING_CONFIRMATION -> { }
            case DECLINED -> book.apply(order, OrderStatus.DECLINED, cooperative, "本批已被预订完，抱歉。");
            case CANCELLED -> book.apply(order, OrderStatus.CANCELLED, buyer, "市场需求变化，改订下月批次。");
            default -> fulfil(order, plan, buyer, cooperative);
        }
        return true;
    }

    private void fulfil(PurchaseOrder order, Plan plan, String buyer, String cooperative) {
        book.apply(order, OrderStatus.CONFIRMED, cooperative, null);
        if (plan.paid() != null) {
            Instant now = Dates.now();
            order.recordPayment(plan.paid(), plan.reference(), now);
            em.flush();
            rows.event(order.getId(), order.getStatus(), now, cooperative, plan.reference(), "PAID");
        }
        if (plan.until() == OrderStatus.CONFIRMED) {
            return;
        }
        order.recordShipment(plan.carrier(), plan.tracking(), null);
        book.apply(order, OrderStatus.SHIPPED, cooperative, null);
        if (plan.until() == OrderStatus.DISPUTED) {
            book.apply(order, OrderStatus.DISPUTED, buyer, "到货有 5 箱挤压破损，请核实。");
            return;
        }
        if (plan.until() == OrderStatus.SHIPPED) {
            return;
        }
        book.apply(order, OrderStatus.COMPLETED, buyer, null);
        if (plan.rating() != null) {
            OrderReview review = new OrderReview(order.getId(), order.getCooperativeId(), order.getBuyerId(),
                    plan.rating(), plan.comment(), Dates.now());
            if (plan.reply() != null) {
                review.reply(plan.reply(), Dates.now());
            }
            em.persist(review);
            ratings.add(order.getCooperativeId(), plan.rating());
        }
        em.flush();
    }
}
