package coop.harvest.contracts.control;

import coop.harvest.platform.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of an offer's dates and schedule: {@code commitBy} today or later; 1–12 deliveries whose dates strictly
 * increase and come after {@code commitBy}; whole percents 1–100 adding up to 100. Errors name the field.
 */
public final class OfferRules {

    public static final int MAX_DELIVERIES = 12;

    /** One delivery of a proposed schedule; either part may be missing. */
    public record Slot(LocalDate date, Integer percent) {
    }

    private OfferRules() {
    }

    public static List<FieldError> check(LocalDate commitBy, LocalDate today, List<Slot> schedule) {
        List<FieldError> errors = new ArrayList<>();
        if (commitBy != null && commitBy.isBefore(today)) {
            errors.add(new FieldError("commitBy", "must be today or later"));
        }
        if (schedule == null) {
            return errors;
        }
        if (schedule.isEmpty() || schedule.size() > MAX_DELIVERIES) {
            errors.add(new FieldError("schedule", "must hold 1 to " + MAX_DELIVERIES + " deliveries"));
            return errors;
        }
        int sum = 0;
        boolean complete = true;
        LocalDate previous = null;
        for (int i = 0; i < schedule.size(); i++) {
            Slot slot = schedule.get(i);
            String at = "schedule[" + i + "]";
            if (slot == null) {
                errors.add(new FieldError(at, "must be a delivery with a date and a percent"));
                complete = false;
                continue;
            }
            if (slot.date() == null) {
                errors.add(new FieldError(at + ".date", "is required"));
            } else {
                if (commitBy != null && !slot.date().isAfter(commitBy)) {
                    errors.add(new FieldError(at + ".date", "must be after commitBy"));
                }
                if (previous != null && !slot.date().isAfter(previous)) {
                    errors.add(new FieldError(at + ".date", "must be after the previous delivery's date"));
                }
                previous = slot.date();
            }
            if (slot.percent() == null) {
                errors.add(new FieldError(at + ".percent", "is required"));
                complete = false;
            } else if (slot.percent() < 1 || slot.percent() > 100) {
                errors.add(new FieldError(at + ".percent", "must be a whole number from 1 to 100"));
                complete = false;
            } else {
                sum += slot.percent();
            }
        }
        if (complete && sum != 100) {
            errors.add(new FieldError("schedule", "percents must add up to 100 (they add up to " + sum + ")"));
        }
        return errors;
    }
}
