package coop.harvest.demo;

import coop.harvest.accounts.boundary.AccountView;
import coop.harvest.accounts.boundary.Accounts;
import coop.harvest.accounts.boundary.CooperativeDirectory;
import coop.harvest.accounts.boundary.NewAccount;
import coop.harvest.accounts.boundary.NewCooperative;
import coop.harvest.accounts.control.RegistrationNumbers;
import coop.harvest.accounts.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
    CooperativeDirectory cooperatives;

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
        buyer("wuxi", "龙经理", "怀化五溪农产品批发市场有限公司");
        buyer("xiangyao", "陈厂长", "湖南湘药中药材加工有限公司");
        buyer("canteen", "刘师傅", "怀化学院第一食堂");
        LOG.info(() -> "Demo data loaded: " + coops.size() + " cooperatives, 3 buyers; every demo password is "
                + PASSWORD);
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
        account.cooperative.registrationNumber = RegistrationNumbers.complete(first17OrCode.substring(0, 17));
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
