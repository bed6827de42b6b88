package coop.harvest.contracts.boundary;

import java.math.BigDecimal;

/** The bureau's order-farming figures of one product in one county, over contracts accepted in a year. */
public record ContractFigure(String product, String county, long contracts, BigDecimal quantity, BigDecimal acreage,
                             BigDecimal delivered, BigDecimal fulfilmentRate) {
}
