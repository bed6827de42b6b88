package coop.harvest.messaging.boundary;

import coop.harvest.messaging.entity.Channel;
import coop.harvest.messaging.entity.SubscriptionKind;
import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A subscription: what ({@code kind}, optionally a {@code product} and for new listings or demands a {@code county})
 * and how ({@code channel}). A PRICE_ALERT needs a product and {@code below} (best ask under it) or {@code above}
 * (a trade over it), in CNY.
 */
public class NewSubscription implements RequestBody {

    @NotNull(message = "is required: DAILY_PRICES, PRICE_ALERT, NEW_LISTINGS, NEW_DEMANDS or POSTS")
    public SubscriptionKind kind;

    public String product;

    public String county;

    @NotNull(message = "is required: SMS or IN_APP")
    public Channel channel;

    public BigDecimal below;

    public BigDecimal above;
}
