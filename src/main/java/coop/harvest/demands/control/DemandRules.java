package coop.harvest.demands.control;

import coop.harvest.vocabulary.AmountRules;
import coop.harvest.platform.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rules a demand's quantity, price cap and date must keep, each named by its JSON field. */
public final class DemandRules {

    private DemandRules() {
    }

    public static List<FieldError> check(BigDecimal quantity, BigDecimal maxUnitPrice, LocalDate neededBy,
                                         LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        AmountRules.quantity("quantity", quantity, errors);
        AmountRules.price("maxUnitPrice", maxUnitPrice, errors);
        if (neededBy != null && neededBy.isBefore(today)) {
            errors.add(new FieldError("neededBy", "must not be in the past"));
        }
        return errors;
    }
}
