package coop.harvest.market.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An authorised export: whose orders ({@code buyerId} or {@code cooperativeId}, or neither for staff) created
 * in [from, to) — either bound may be open (null).
 */
public record OrderExport(Long buyerId, Long cooperativeId, Instant from, Instant to, LocalDate fromDate,
                          LocalDate toDate) {

    public String fileName() {
        return "orders" + (fromDate == null ? "" : "-from-" + fromDate) + (toDate == null ? "" : "-to-" + toDate)
                + ".csv";
    }
}
