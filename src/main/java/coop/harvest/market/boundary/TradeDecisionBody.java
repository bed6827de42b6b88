package coop.harvest.market.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why staff keep a trade out of the market figures (audited). */
public class TradeDecisionBody implements RequestBody {

    @NotBlank(message = "is required: say why the trade is not a market trade")
    @Size(max = 1000, message = "must be at most 1000 characters")
    public String reason;
}
