package coop.harvest.posts.boundary;

import coop.harvest.audit.boundary.AuditLog;
import coop.harvest.platform.Dates;
import coop.harvest.posts.entity.PostKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/** Demo posts in both languages (called once by demo.DemoData): news, a policy, a market bulletin and a notice. */
@Stateless
public class PostsDemo {

    private static final String BUREAU_ZH = "怀化市农业农村局";
    private static final String BUREAU_EN = "Huaihua Agriculture Bureau";

    @Inject
    Posts posts;

    public void load() {
        Instant now = Dates.now();
        post(now, 30, PostKind.NEWS, "zh", BUREAU_ZH, "市农业局网站获评优秀政府网站",
                "在全市电子政务工作会议上，**怀化市农业局**作典型发言，门户网站在 77 个市直部门网站中获评优秀政府网站。\n\n"
                        + "- 全年上传信息 1188 条\n- 局长信箱收到群众来信 36 封，做到“件件有回音，事事有结果”\n"
                        + "- 12316 热线接受农户咨询 1.6 万人次");
        post(now, 21, PostKind.POLICY, "zh", BUREAU_ZH, "关于扩大订单农业的指导意见",
                "鼓励农民专业合作社与收购企业签订**订单**，采用“保底价+随行就市”的价格条款。\n\n"
                        + "1. 合同应写明品种、等级、数量和交货时间；\n2. 交货前三天系统会提醒合作社；\n"
                        + "3. 如有纠纷，可通过局长信箱或 12316 热线反映。\n\n参见[农业农村部网站](https://www.moa.gov.cn/)。");
        post(now, 2, PostKind.MARKET, "zh", BUREAU_ZH, "本周农产品行情：猕猴桃价格小幅上涨",
                "本周溆浦猕猴桃批发均价 **6.40 元/公斤**，较上周上涨 3%；中方提子 9.80 元/公斤，持平；麻阳冰糖橙 4.20 元/公斤。\n\n"
                        + "订阅“农信通”短信，每天早上 7 点收到价格信息。");
        post(now, 1, PostKind.NOTICE, "zh", BUREAU_ZH, "关于开通 12316 专家咨询服务的通知",
                "即日起，农户可在本站向专家提问，也可拨打 **12316** 热线，由工作人员代为登记。专家将在 3 个工作日内答复。");
        post(now, 29, PostKind.NEWS, "en", BUREAU_EN, "Bureau website named an outstanding government site",
                "At the city's e-government conference the **Huaihua agriculture bureau** spoke as a model unit; its "
                        + "website was named one of the best of 77 city departments.\n\n- 1,188 posts in a year\n"
                        + "- every one of 36 letters to the director answered\n- 16,000 calls to the 12316 hotline");
        post(now, 20, PostKind.POLICY, "en", BUREAU_EN, "Guidance on order farming",
                "Cooperatives are encouraged to sign **contracts** with buyers at a floor price that follows the market "
                        + "when it is higher. Contracts name the product, grade, quantity and delivery dates; the site "
                        + "reminds cooperatives three days before each delivery.");
        post(now, 2, PostKind.MARKET, "en", BUREAU_EN, "This week's market: kiwi prices edge up",
                "Xupu kiwi averaged **CNY 6.40/kg** at wholesale this week, up 3%; Zhongfang grapes held at 9.80; "
                        + "Mayang oranges 4.20. Subscribe to *Nongxintong* texts for prices every morning at 07:00.");
        post(now, 1, PostKind.NOTICE, "en", BUREAU_EN, "Expert advice through the 12316 hotline",
                "Farmers may now ask the bureau's experts on this site, or call **12316** and staff will log the "
                        + "question for them. Experts answer within three working days.");
    }

    private void post(Instant now, int daysAgo, PostKind kind, String lang, String author, String title,
                      String body) {
        NewPost post = new NewPost();
        post.kind = kind;
        post.lang = lang;
        post.title = title;
        post.body = body;
        posts.createAs(author, null, AuditLog.SYSTEM, post, now.minus(Duration.ofDays(daysAgo)));
    }
}
