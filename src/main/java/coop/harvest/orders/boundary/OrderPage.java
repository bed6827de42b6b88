package coop.harvest.orders.boundary;

import coop.harvest.platform.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /order.xhtml?id= : one order and its history, for its buyer, its cooperative and staff. */
@Named
@RequestScoped
public class OrderPage {

    @Inject
    Orders orders;

    @Inject
    OrderFormat format;

    @Inject
    coop.harvest.accounts.boundary.PartyDirectory parties;

    private String id;
    private OrderView order;
    private boolean loaded;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The order, or null when the id is unknown, not the caller's, or nobody is signed in. */
    public OrderView getOrder() {
        if (!loaded) {
            loaded = true;
            try {
                order = orders.get(Long.parseLong(id == null ? "" : id.strip()));
            } catch (NumberFormatException | ProblemException notShown) {
                order = null;
            }
        }
        return order;
    }

    public String when(java.time.Instant at) {
        return format.when(at);
    }

    /** Who made a change of the order's history, as the parties know each other: a name, never a login name. */
    public String actor(String username) {
        if (username == null || username.isBlank() || "system".equalsIgnoreCase(username)) {
            return coop.harvest.web.PageSupport.text("order.history.system");
        }
        String name = parties.publicNameOf(username).orElse("");
        return "Bureau administrator".equals(name) ? coop.harvest.web.PageSupport.text("role.STAFF.admin") : name;
    }

    public String productName(String code) {
        return format.productName(code);
    }
}
