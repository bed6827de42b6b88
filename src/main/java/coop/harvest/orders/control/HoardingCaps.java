package coop.harvest.orders.control;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How much one buyer may hold in orders that wait for confirmation (a pending order reserves stock for up to the
 * confirmation window): at most {@code perListing} on one listing and {@code perBuyer} in all. What is confirmed no
 * longer counts, so a buyer whose orders the cooperatives confirm can keep buying.
 */
public record HoardingCaps(BigDecimal perListing, BigDecimal perBuyer) {

    /** Why the new order would exceed a cap, or empty. */
    public Optional<String> problem(BigDecimal pendingOnListing, BigDecimal pendingInAll, BigDecimal quantity) {
        if (pendingOnListing.add(quantity).compareTo(perListing) > 0) {
            return Optional.of("You would hold " + plain(pendingOnListing.add(quantity)) + " unconfirmed on this "
                    + "listing; at most " + plain(perListing) + " may wait for the cooperative's confirmation at once");
        }
        if (pendingInAll.add(quantity).compareTo(perBuyer) > 0) {
            return Optional.of("You would hold " + plain(pendingInAll.add(quantity)) + " in unconfirmed orders; at "
                    + "most " + plain(perBuyer) + " may wait for confirmation at once");
        }
        return Optional.empty();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
