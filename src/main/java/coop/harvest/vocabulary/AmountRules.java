package coop.harvest.vocabulary;

import coop.harvest.platform.FieldError;

import java.math.BigDecimal;
import java.util.List;

/**
 * The market's number rules, shared by every component that takes quantities and prices: quantities up to three
 * decimals, money up to two, both positive and below a ceiling that keeps totals inside the database's columns.
 */
public final class AmountRules {

    public static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");
    public static final BigDecimal MAX_PRICE = new BigDecimal("1000000");

    private AmountRules() {
    }

    /** Adds an error when a quantity is not above 0, above {@link #MAX_QUANTITY} or finer than grams. */
    public static void quantity(String field, BigDecimal value, List<FieldError> errors) {
        if (value == null) {
            return;
        }
        if (value.signum() <= 0) {
            errors.add(new FieldError(field, "must be greater than 0"));
        } else if (value.compareTo(MAX_QUANTITY) > 0) {
            errors.add(new FieldError(field, "must be at most 1,000,000"));
        } else if (value.stripTrailingZeros().scale() > 3) {
            errors.add(new FieldError(field, "must have at most 3 decimals"));
        }
    }

    /** Adds an error when a price is not above 0, above {@link #MAX_PRICE} or has more than 2 decimals. */
    public static void price(String field, BigDecimal value, List<FieldError> errors) {
        if (value == null) {
            return;
        }
        if (value.signum() <= 0) {
            errors.add(new FieldError(field, "must be greater than 0"));
        } else if (value.compareTo(MAX_PRICE) > 0) {
            errors.add(new FieldError(field, "must be at most 1,000,000"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, "must have at most 2 decimals (fen)"));
        }
    }
}
