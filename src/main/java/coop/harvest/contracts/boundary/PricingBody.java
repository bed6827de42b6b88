package coop.harvest.contracts.boundary;

import coop.harvest.contracts.entity.PricingType;
import coop.harvest.platform.RequestBody;
import java.math.BigDecimal;

/** {@code {"type": "FIXED", "unitPrice"}} or {@code {"type": "FLOOR", "floorPrice"}}. */
public class PricingBody implements RequestBody {

    public PricingType type;

    public BigDecimal unitPrice;

    public BigDecimal floorPrice;
}
