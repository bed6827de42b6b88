package coop.harvest.listings.control;

import coop.harvest.vocabulary.AmountRules;
import coop.harvest.platform.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules an offer's terms must keep, each broken rule named by its JSON field so the client can show it next to
 * the input. Missing fields are Bean Validation's business; these rules look only at present values.
 */
public final class ListingRules {

    public static final int MAX_DESCRIPTION = 2000;

    private ListingRules() {
    }

    public static List<FieldError> check(ListingTerms terms, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        AmountRules.quantity("quantity", terms.quantity(), errors);
        AmountRules.quantity("minOrderQuantity", terms.minOrderQuantity(), errors);
        if (terms.quantity() != null && terms.minOrderQuantity() != null
                && terms.minOrderQuantity().compareTo(terms.quantity()) > 0) {
            errors.add(new FieldError("minOrderQuantity", "must not be more than quantity"));
        }
        AmountRules.price("unitPrice", terms.unitPrice(), errors);
        if (terms.availableUntil() != null) {
            if (terms.availableUntil().isBefore(today)) {
                errors.add(new FieldError("availableUntil", "must not be in the past"));
            } else if (terms.availableFrom() != null && terms.availableUntil().isBefore(terms.availableFrom())) {
                errors.add(new FieldError("availableUntil", "must not be before availableFrom"));
            }
        }
        if (terms.description() != null && terms.description().length() > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", "must be at most 2,000 characters"));
        }
        return errors;
    }

    /**
     * Whether an edit offers more than before: a lower price, more quantity, or a wider date range. Such an edit
     * can satisfy demands the listing could not serve before, so it is matched as if the listing became active.
     */
    public static boolean widensOffer(ListingTerms before, ListingTerms after) {
        return after.unitPrice().compareTo(before.unitPrice()) < 0
                || after.quantity().compareTo(before.quantity()) > 0
                || after.availableFrom().isBefore(before.availableFrom())
                || after.availableUntil().isAfter(before.availableUntil());
    }
}
