package coop.harvest.orders.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as its buyer, its cooperative and staff see it. {@code counterparty} (the other side's contact details)
 * only for the buyer and the cooperative, from confirmation on; {@code shipment} once shipped with details;
 * {@code review} once the buyer reviewed it.
 */
public record OrderView(long id, long listingId, Long demandId, PartyView buyer, PartyView cooperative,
                        String product, BigDecimal quantity, BigDecimal unitPrice, BigDecimal total, String status,
                        Instant createdAt, Instant confirmBy, List<HistoryEntry> history, long version,
                        String deliveryAddress, String note, CounterpartyView counterparty, ShipmentView shipment,
                        PaymentView payment, ReviewView review) {

    /** The other party's contact details. */
    public record CounterpartyView(String name, String contactName, String phone, String email) {
    }

    /** The shipment as the cooperative recorded it. */
    public record ShipmentView(String carrier, String trackingNumber, String note) {
    }

    /** UNPAID, or PAID with how, the reference and when it was recorded. */
    public record PaymentView(String status, String method, String reference, Instant at) {
    }
}
