package coop.harvest.demo;

import coop.harvest.accounts.boundary.AccountView;
import coop.harvest.accounts.boundary.Accounts;
import coop.harvest.accounts.boundary.CooperativeStanding;
import coop.harvest.accounts.boundary.NewAccount;
import coop.harvest.accounts.boundary.NewCooperative;
import coop.harvest.accounts.boundary.Role;
import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Grade;
import coop.harvest.demands.boundary.Demands;
import coop.harvest.demands.boundary.NewDemand;
import coop.harvest.listings.boundary.Listings;
import coop.harvest.listings.boundary.NewListing;
import coop.harvest.platform.MarketDay;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo marketplace into an empty database when HARVEST_DEMO=true. Every demo account uses the password
 * {@value #PASSWORD}.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "CatalogSeed", "AccountsBootstrap"})
public class DemoData {

    public static final String PASSWORD = "harvest-demo-2026";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "HARVEST_DEMO", defaultValue = "false")
    boolean demo;

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    CooperativeStanding cooperatives;

    @Inject
    Listings listings;

    @Inject
    Demands demands;

    @Inject
    coop.harvest.letters.boundary.LettersDemo lettersDemo;

    @Inject
    coop.harvest.posts.boundary.PostsDemo postsDemo;

    @Inject
    coop.harvest.consultation.boundary.ConsultationDemo consultation;

    @Inject
    coop.harvest.messaging.boundary.MessagingDemo messagingDemo;

    @Inject
    coop.harvest.certificates.boundary.CertificatesDemo certificatesDemo;

    @Inject
    coop.harvest.listings.boundary.ListingPhotosDemo listingPhotosDemo;

    @Inject
    coop.harvest.orders.boundary.TradeHistoryDemo tradeHistory;

    @Inject
    coop.harvest.orders.boundary.OrdersDemo ordersDemo;

    @Inject
    coop.harvest.contracts.boundary.ContractsDemo contractsDemo;

    @PostConstruct
    void load() {
        if (!demo || em.createQuery("SELECT COUNT(c) FROM Cooperative c", Long.class).getSingleResult() > 0) {
            return;
        }
        Map<String, AccountView> coops = new LinkedHashMap<>();
        coops.put("shicheng", cooperative("shicheng", "向诗成", "溆浦县诗成中药材合作社", "93431224MA4L1XC07", "溆浦县", true));
        coops.put("heping", cooperative("heping", "杨和平", "中方县和平种养专业合作社", "93431221MA4M2HP03", "中方县", true));
        coops.put("jietan", cooperative("jietan", "舒碧云", "沅陵县碣滩茶叶专业合作社", "93431222MA4N3JT05", "沅陵县", true));
        coops.put("jinhe", cooperative("jinhe", "滕建国", "麻阳县锦和柑橘专业合作社", "93431226MA4P4JH08", "麻阳县", false));
        coops.put("daoxiang", cooperative("daoxiang", "粟稻生", "会同县稻香粮食专业合作社", "93431225MA4Q5DX02", "会同县", false));
        AccountView wuxi = buyer("wuxi", "龙经理", "怀化五溪农产品批发市场有限公司");
        AccountView xiangyao = buyer("xiangyao", "陈厂长", "湖南湘药中药材加工有限公司");
        AccountView canteen = buyer("canteen", "刘师傅", "怀化学院第一食堂");
        certificatesDemo.load(key -> coops.get(key).cooperativeId());
        offers(coops);
        listingPhotosDemo.load(); // painted photos, so that the gallery shows on a first run
        demands(wuxi, xiangyao, canteen);
        tradeHistory.load(java.util.List.of(wuxi.id(), xiangyao.id(), canteen.id())); // 60 days of trades
        ordersDemo.load(wuxi.id(), xiangyao.id(), canteen.id()); // orders in every state, with their fulfilment
        contractsDemo.load(key -> coops.get(key).cooperativeId(), xiangyao.id(), wuxi.id()); // order farming
        lettersDemo.load(); // the bureau's mailbox
        postsDemo.load(); // the bureau's posts
        consultation.load(PASSWORD);
        messagingDemo.load();
        LOG.info(() -> "Demo data loaded: " + coops.size() + " cooperatives, 3 buyers, listings and demands; "
                + "every demo password is " + PASSWORD);
    }

    private void offers(Map<String, AccountView> coops) {
        long shicheng = coops.get("shicheng").cooperativeId();
        offer(shicheng, "honeysuckle", Grade.PREMIUM, EnumSet.of(Certification.GEOGRAPHICAL_INDICATION),
                "3000", "50", "86.00", "溆浦县", 90,
                "溆浦县诗成中药材合作社 1600 亩金银花基地头茬花蕾，人工采摘、烘干，含绿原酸高，可提供检测报告。");
        offer(shicheng, "honeysuckle", Grade.SECOND, EnumSet.noneOf(Certification.class),
                "5000", "200", "52.50", "溆浦县", 60, "二茬金银花统货，适合饮片加工厂、凉茶厂批量采购。");
        offer(shicheng, "kiwi", Grade.FIRST, EnumSet.of(Certification.POLLUTION_FREE),
                "8000", "100", "6.80", "溆浦县", 45, "红心猕猴桃，单果 80–120 克，冷库保鲜，可代发物流。");
        long heping = coops.get("heping").cooperativeId();
        offer(heping, "grape", Grade.PREMIUM, EnumSet.of(Certification.GREEN_FOOD),
                "2500", "20", "16.00", "中方县", 40, "绿色食品认证阳光玫瑰提子，避雨栽培，糖度 18 度以上，整箱 5 公斤装。");
        offer(heping, "grape", Grade.FIRST, EnumSet.of(Certification.GREEN_FOOD),
                "4000", "50", "11.50", "中方县", 40, "中方县和平种养专业合作社夏黑提子，绿色食品认证，产地直供。");
        long jietan = coops.get("jietan").cooperativeId();
        offer(jietan, "tea", Grade.PREMIUM, EnumSet.of(Certification.GEOGRAPHICAL_INDICATION, Certification.ORGANIC),
                "300", "1", "680.00", "沅陵县", 120, "碣滩茶明前特级，一芽一叶初展，国家地理标志产品，有机认证茶园。");
        offer(jietan, "tea", Grade.FIRST, EnumSet.of(Certification.GEOGRAPHICAL_INDICATION),
                "800", "5", "320.00", "沅陵县", 120, "碣滩茶雨前一级绿茶，栗香浓郁，适合茶庄与礼品定制。");
        offer(coops.get("jinhe").cooperativeId(), "navel-orange", Grade.FIRST, EnumSet.noneOf(Certification.class),
                "20000", "500", "4.20", "麻阳县", 75, "麻阳冰糖橙与脐橙，果面光洁，可按果径分级装箱。");
        offer(coops.get("daoxiang").cooperativeId(), "rice", Grade.FIRST, EnumSet.of(Certification.POLLUTION_FREE),
                "30000", "1000", "5.60", "会同县", 180, "会同县高山生态一季稻，现碾现发，50 公斤编织袋装。");
    }

    private void offer(long cooperativeId, String product, Grade grade, EnumSet<Certification> certifications,
                       String quantity, String minOrder, String price, String county, int days, String description) {
        LocalDate today = MarketDay.today();
        NewListing listing = new NewListing();
        listing.product = product;
        listing.grade = grade;
        listing.certifications = certifications;
        listing.quantity = new BigDecimal(quantity);
        listing.minOrderQuantity = new BigDecimal(minOrder);
        listing.unitPrice = new BigDecimal(price);
        listing.county = county;
        listing.availableFrom = today;
        listing.availableUntil = today.plusDays(days);
        listing.description = description;
        listings.createFor(cooperativeId, listing);
    }

    private void demands(AccountView wuxi, AccountView xiangyao, AccountView canteen) {
        demand(xiangyao.id(), "honeysuckle", Grade.FIRST, EnumSet.of(Certification.GEOGRAPHICAL_INDICATION),
                "1200", "80.00", "鹤城区", 30, true);
        demand(wuxi.id(), "kiwi", Grade.SECOND, EnumSet.noneOf(Certification.class), "3000", "6.00", "鹤城区", 21, true);
        demand(wuxi.id(), "navel-orange", Grade.FIRST, EnumSet.noneOf(Certification.class),
                "10000", "4.50", "鹤城区", 40, true);
        demand(canteen.id(), "rice", Grade.STANDARD, EnumSet.noneOf(Certification.class), "5000", "5.20", "鹤城区", 60, false);
        demand(canteen.id(), "grape", Grade.FIRST, EnumSet.of(Certification.GREEN_FOOD), "300", "10.00", "鹤城区", 14, true);
    }

    private void demand(long buyerId, String product, Grade minGrade, EnumSet<Certification> certifications,
                        String quantity, String maxPrice, String county, int days, boolean allowPartial) {
        NewDemand demand = new NewDemand();
        demand.product = product;
        demand.minGrade = minGrade;
        demand.certifications = certifications;
        demand.quantity = new BigDecimal(quantity);
        demand.maxUnitPrice = new BigDecimal(maxPrice);
        demand.deliveryCounty = county;
        demand.neededBy = MarketDay.today().plusDays(days);
        demand.allowPartial = allowPartial;
        demands.postFor(buyerId, demand);
    }

    private AccountView cooperative(String username, String person, String name, String first17OrCode,
                                    String county, boolean verified) {
        NewAccount account = new NewAccount();
        account.username = username;
        account.password = PASSWORD;
        account.displayName = person;
        account.role = Role.COOPERATIVE;
        account.phone = "0745-2710000";
        account.cooperative = new NewCooperative();
        account.cooperative.name = name;
        account.cooperative.registrationNumber =
                CooperativeStanding.completeRegistrationNumber(first17OrCode.substring(0, 17));
        account.cooperative.county = county;
        AccountView created = accounts.register(account);
        if (verified) {
            cooperatives.verify(created.cooperativeId());
        }
        return created;
    }

    private AccountView buyer(String username, String person, String organization) {
        NewAccount account = new NewAccount();
        account.username = username;
        account.password = PASSWORD;
        account.displayName = person;
        account.role = Role.BUYER;
        account.organization = organization;
        return accounts.register(account);
    }
}
