package coop.harvest.consultation.boundary;

import coop.harvest.accounts.boundary.Authenticator;
import coop.harvest.accounts.boundary.Caller;
import coop.harvest.consultation.entity.Channel;
import coop.harvest.platform.Dates;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo consultation (called once by demo.DemoData after its accounts exist): two experts, answered questions (one
 * resolved), a 12316 hotline record and a question still open.
 */
@Stateless
@PermitAll
public class ConsultationDemo {

    @Inject
    Experts experts;

    @Inject
    Questions questions;

    @Inject
    Authenticator authenticator;

    @Inject
    @ConfigProperty(name = "HARVEST_ADMIN_USERNAME", defaultValue = "admin")
    String admin;

    public void load(String password) {
        long kiwi = expert("qin-jianhua", password, "覃建华", "高级农艺师", List.of("kiwi", "honeysuckle"));
        long grape = expert("shu-yulan", password, "舒玉兰", "农艺师（茶叶与葡萄）", List.of("grape", "tea"));
        Instant now = Dates.now();
        caller("heping").ifPresent(asker -> {
            QuestionView q = questions.askAs(asker, question("kiwi", "猕猴桃叶片边缘焦枯是什么原因？",
                    "中方县园区的红心猕猴桃，七月以来不少叶片从边缘开始发黄焦枯，果实还在膨大。是缺水还是病害？"),
                    now.minus(Duration.ofDays(9)));
            AnswerView a = questions.answerAs(kiwi, q.id(), answer("多半是高温强光加上土壤缺水引起的日灼和生理性焦边，"
                    + "不是传染性病害。建议早晚灌溉、行间覆草保墒，避免中午喷药；同时叶面喷施 0.3% 磷酸二氢钾。"
                    + "如焦枯处出现褐色轮纹，再按褐斑病防治。"), now.minus(Duration.ofDays(9)).plus(Duration.ofHours(5)));
            questions.acceptAs(asker, q.id(), a.id());
        });
        caller("jietan").ifPresent(asker -> {
            QuestionView q = questions.askAs(asker, question("tea", "春茶开采前要不要轻修剪？",
                    "碣滩茶园树龄八年，去年秋季没有修剪，今年春茶前修剪会不会影响产量？"),
                    now.minus(Duration.ofDays(4)));
            questions.answerAs(grape, q.id(), answer("秋季未剪的茶园，春茶前可以轻剪：剪去树冠面 3–5 厘米，"
                    + "剪平即可，能使发芽整齐、提高名优茶比例，对总产量影响不大。剪后追施一次速效氮肥。"),
                    now.minus(Duration.ofDays(3)));
        });
        caller(admin).ifPresent(staff -> {
            NewQuestion call = question("honeysuckle", "金银花花蕾发黑脱落（12316 来电）",
                    "来电人称溆浦县种植的金银花二茬花蕾发黑、大量脱落，近期连续阴雨。");
            call.channel = Channel.HOTLINE;
            call.callerName = "向德明";
            call.callerPhone = "13907451234";
            QuestionView q = questions.askAs(staff, call, now.minus(Duration.ofDays(2)));
            questions.answerAs(kiwi, q.id(), answer("阴雨天气下多为灰霉病危害。及时摘除病蕾并带出园外，"
                    + "雨停后喷施腐霉利或嘧霉胺，间隔 7 天连喷两次；注意开沟排水、疏枝通风。"),
                    now.minus(Duration.ofDays(2)).plus(Duration.ofHours(20)));
        });
        caller("shicheng").ifPresent(asker -> questions.askAs(asker, question("grape",
                "葡萄果粒开裂怎么预防？", "转色期遇雨后果粒大量开裂，明年怎样预防？是否需要避雨栽培？"),
                now.minus(Duration.ofHours(6))));
    }

    private long expert(String username, String password, String name, String title, List<String> crops) {
        NewExpert expert = new NewExpert();
        expert.username = username;
        expert.password = password;
        expert.displayName = name;
        expert.title = title;
        expert.specialties = crops;
        return experts.createFor(expert).id();
    }

    private Optional<Caller> caller(String username) {
        return authenticator.callerByUsername(username);
    }

    private static NewQuestion question(String product, String title, String body) {
        NewQuestion q = new NewQuestion();
        q.product = product;
        q.title = title;
        q.body = body;
        return q;
    }

    private static NewAnswer answer(String body) {
        NewAnswer a = new NewAnswer();
        a.body = body;
        return a;
    }
}
