package coop.harvest.letters.boundary;

import coop.harvest.letters.control.AccessCodes;
import coop.harvest.letters.control.WorkingDays;
import coop.harvest.letters.entity.Letter;
import coop.harvest.letters.entity.LetterCategory;
import coop.harvest.letters.entity.LetterEvent;
import coop.harvest.letters.entity.LetterStatus;
import coop.harvest.platform.Dates;
import coop.harvest.platform.MarketDay;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Demo letters (called once by demo.DemoData): three answered, published and settled, one answered without feedback
 * yet, and one still open and already overdue, so that the public page, the figures and the staff queue show
 * something at once. Their access codes are not known to anyone; staff see them all.
 */
@Stateless
public class LettersDemo {

    @PersistenceContext
    EntityManager em;

    @Inject
    TrackingSequence sequence;

    public void load() {
        Instant now = Dates.now();
        answered(now.minus(Duration.ofDays(40)), LetterCategory.CONSULTATION, "猕猴桃订单收购价格怎么定？",
                "我是溆浦县的种植户，想参加合作社的订单农业。订单收购价格是按什么标准定的？如果当年市场价高于订单价怎么办？",
                "杨先生", "13907451234",
                "您好！订单农业的收购价由合作社与收购企业在合同中约定，一般采用“保底价+随行就市”的方式：市场价低于保底价时按保底价收购，"
                        + "高于保底价时按市场价收购。签订合同前请仔细阅读价格条款，如有疑问可拨打12316热线咨询。", 2, true);
        answered(now.minus(Duration.ofDays(25)), LetterCategory.SUGGESTION, "建议农信通短信增加提子价格",
                "农信通短信每天都收到，很实用。建议增加中方县提子的批发价格，我们合作社500亩提子很需要这个信息。",
                "舒女士", null,
                "感谢您的建议！自下月起，“农信通”每日价格短信将增加提子（葡萄）的批发均价，并可在本站订阅单个品种的价格提醒。", 3, true);
        answered(now.minus(Duration.ofDays(12)), LetterCategory.CONSULTATION, "How do I get my tea certified as green food?",
                "Our cooperative in Yuanling grows Jietan tea. What are the steps to apply for green food certification?",
                "Mr Zhou", null,
                "Thank you for writing. Apply through the county agriculture bureau's quality office: soil and water tests "
                        + "of the tea garden, a production record for one season, then an on-site inspection. The bureau's "
                        + "12316 hotline can book the inspection for you.", 4, true);
        answered(now.minus(Duration.ofDays(4)), LetterCategory.COMPLAINT, "收购商压价",
                "收购商在合同约定之外以品相为由压价，请农业局调查。", "匿名", null,
                "已转市场监管部门联合核查，请保留合同和交货凭证。", 1, false);
        LocalDate received = MarketDay.today().minusDays(10);
        ZoneId zone = MarketDay.zone();
        Instant at = received.atTime(9, 30).atZone(zone).toInstant();
        Letter open = new Letter(sequence.next(received.getYear()), AccessCodes.hash(AccessCodes.newCode()),
                LetterCategory.REPORT, "村口农药店销售无标签农药", "我村农药店在卖没有标签的农药，担心是假药，请派人查一查。",
                "李先生", "13807459876", null, null, "zh", false, at, received, WorkingDays.after(received, 5));
        em.persist(open);
        em.flush();
        em.persist(new LetterEvent(open.getId(), at, LetterStatus.RECEIVED, null));
    }

    private void answered(Instant at, LetterCategory category, String subject, String body, String name,
                          String phone, String answer, int workingDays, boolean settled) {
        ZoneId zone = MarketDay.zone();
        LocalDate received = WorkingDays.dayOf(at, zone);
        LocalDate answeredOn = WorkingDays.after(received, workingDays);
        Instant answeredAt = answeredOn.atTime(15, 0).atZone(zone).toInstant();
        Letter letter = new Letter(sequence.next(received.getYear()), AccessCodes.hash(AccessCodes.newCode()),
                category, subject, body, name, phone, null, null, subject.matches(".*[a-z].*") ? "en" : "zh", true, at,
                received, WorkingDays.after(received, 5));
        letter.answer(answer, true, answeredAt, answeredOn, workingDays);
        em.persist(letter);
        em.flush();
        em.persist(new LetterEvent(letter.getId(), at, LetterStatus.RECEIVED, null));
        em.persist(new LetterEvent(letter.getId(), answeredAt, LetterStatus.ANSWERED, null));
        if (settled) {
            Instant feedbackAt = answeredAt.plus(Duration.ofDays(1));
            letter.feedback(true, feedbackAt, null);
            em.persist(new LetterEvent(letter.getId(), feedbackAt, LetterStatus.CLOSED, null));
        }
    }
}
