package coop.harvest.contracts.boundary;

import coop.harvest.contracts.control.DeliveryCalendar;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.PageRequest;
import coop.harvest.web.PageSupport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code /coop/contracts.xhtml}: the cooperative's contracts and the delivery calendar of its active ones, what is
 * due in the next 30 days (or overdue) first, each open delivery with its ship form.
 */
@Named
@RequestScoped
public class CoopContractsPage {

    @Inject
    Contracts contracts;

    /** One delivery in the calendar, with its contract. */
    public record Entry(ContractView contract, DeliveryView delivery, boolean soon) {
        public boolean isShippable() {
            return contract.status().equals("ACTIVE")
                    && (delivery.status().equals("SCHEDULED") || delivery.status().equals("LATE"));
        }
    }

    private List<ContractView> mine;
    private String quantity;

    public List<ContractView> getMine() {
        if (mine == null) {
            mine = contracts.list(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        }
        return mine;
    }

    /** Deliveries of active contracts: due within 30 days (or overdue) first, then later ones; each by due date. */
    public List<Entry> getCalendar() {
        LocalDate today = MarketDay.today();
        List<Entry> entries = new ArrayList<>();
        for (ContractView c : getMine()) {
            if (c.status().equals("ACTIVE")) {
                c.deliveries().forEach(d -> entries.add(new Entry(c, d, DeliveryCalendar.dueSoon(d.due(), today))));
            }
        }
        entries.sort(Comparator.comparing((Entry e) -> !e.soon()).thenComparing(e -> e.delivery().due())
                .thenComparing(e -> e.contract().id()));
        return entries;
    }

    public String ship(long contractId, int number) {
        ShipBody body = new ShipBody();
        String form = "ship-" + contractId + "-" + number;
        body.quantity = PageSupport.decimal(form, "quantity", "contracts", quantity);
        if (body.quantity == null) {
            PageSupport.error("contracts.error.quantity");
            return null;
        }
        ContractView done = PageSupport.attempt(form, "contracts", () -> contracts.ship(contractId, number, body));
        if (done == null) {
            return null;
        }
        PageSupport.info("contracts.shippedInfo", number, contractId);
        return "/coop/contracts.xhtml?faces-redirect=true";
    }

    public String getQuantity() { return quantity; }
    public void setQuantity(String quantity) { this.quantity = quantity; }
}
