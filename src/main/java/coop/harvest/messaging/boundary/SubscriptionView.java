package coop.harvest.messaging.boundary;

import coop.harvest.messaging.entity.Subscription;
import java.math.BigDecimal;
import java.time.Instant;

/** A subscription as its owner sees it, with the one-tap unsubscribe address. */
public record SubscriptionView(long id, String kind, String product, String county, String channel,
                               BigDecimal below, BigDecimal above, Instant createdAt, String unsubscribeLink) {

    static SubscriptionView of(Subscription s) {
        return new SubscriptionView(s.getId(), s.getKind().name(), s.getProduct(), s.getCounty(),
                s.getChannel().name(), s.getBelow(), s.getAbove(), s.getCreatedAt(),
                "/unsubscribe.xhtml?t=" + s.getUnsubscribeToken());
    }
}
