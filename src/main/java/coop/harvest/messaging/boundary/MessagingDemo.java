package coop.harvest.messaging.boundary;

import coop.harvest.accounts.boundary.Accounts;
import coop.harvest.accounts.boundary.Authenticator;
import coop.harvest.accounts.boundary.Caller;
import coop.harvest.messaging.control.SmsTexts;
import coop.harvest.messaging.entity.Channel;
import coop.harvest.messaging.entity.Subscription;
import coop.harvest.messaging.entity.SubscriptionKind;
import coop.harvest.messaging.entity.VerifiedPhone;
import coop.harvest.platform.Dates;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Demo subscriptions and texts, loaded by demo/DemoData after the demo accounts exist: two verified phones (the
 * honeysuckle cooperative's and the wholesale market's buyer), subscriptions of every kind, and a few outbox rows
 * (they wait as QUEUED unless an SMSC is configured).
 */
@Stateless
@PermitAll
public class MessagingDemo {

    @PersistenceContext
    EntityManager em;

    @Inject
    Authenticator authenticator;

    @Inject
    Accounts accounts;

    @Inject
    Outbox outbox;

    public void load() {
        Optional<Caller> shicheng = authenticator.callerByUsername("shicheng");
        Optional<Caller> wuxi = authenticator.callerByUsername("wuxi");
        Optional<Caller> canteen = authenticator.callerByUsername("canteen");
        shicheng.ifPresent(c -> {
            phone(c.accountId(), "13807451001");
            subscribe(c.accountId(), SubscriptionKind.DAILY_PRICES, "honeysuckle", null, Channel.SMS, null, null);
            subscribe(c.accountId(), SubscriptionKind.NEW_DEMANDS, "honeysuckle", null, Channel.SMS, null, null);
            subscribe(c.accountId(), SubscriptionKind.POSTS, null, null, Channel.IN_APP, null, null);
            outbox.queue("13807451001", SmsTexts.help("zh"));
        });
        wuxi.ifPresent(c -> {
            phone(c.accountId(), "13907452002");
            subscribe(c.accountId(), SubscriptionKind.NEW_LISTINGS, "kiwi", "溆浦县", Channel.SMS, null, null);
            subscribe(c.accountId(), SubscriptionKind.PRICE_ALERT, "navel-orange", null, Channel.SMS,
                    new BigDecimal("4.00"), null);
            subscribe(c.accountId(), SubscriptionKind.PRICE_ALERT, "kiwi", null, Channel.IN_APP, null,
                    new BigDecimal("7.50"));
            outbox.queue("13907452002", SmsTexts.help("zh"));
            outbox.queue("13907452002", SmsTexts.stopped("zh"));
            // a text to a list (its subscribers): the outbox sends it after the texts to one person
            outbox.queueBulk("13907452002", SmsTexts.newListing("zh", "猕猴桃", new BigDecimal("8.60"), "kg", "溆浦县",
                    new BigDecimal("3000")));
        });
        canteen.ifPresent(c -> subscribe(c.accountId(), SubscriptionKind.NEW_LISTINGS, "rice", null,
                Channel.IN_APP, null, null));
    }

    private void phone(long accountId, String number) {
        VerifiedPhone row = new VerifiedPhone(accountId);
        row.verified(number, Dates.now());
        em.persist(row);
        accounts.phoneVerified(accountId, number);
    }

    private void subscribe(long accountId, SubscriptionKind kind, String product, String county, Channel channel,
                           BigDecimal below, BigDecimal above) {
        String token = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes()).substring(0, 32);
        em.persist(new Subscription(accountId, kind, product, county, channel, below, above, token, Dates.now()));
    }
}
