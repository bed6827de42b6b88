package coop.harvest.orders.boundary;

import coop.harvest.orders.control.OrderAction;
import coop.harvest.orders.entity.OrderStatus;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import coop.harvest.platform.TransientRetry;
import coop.harvest.web.Texts;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order lists of /coop/orders.xhtml (orders on the cooperative's listings) and /buyer/orders.xhtml (the buyer's
 * orders), with the actions each party may take. Orders decides who may do what; this bean only reports the outcome.
 */
@Named
@ViewScoped
public class OrderListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Orders orders;

    @Inject
    OrderFormat format;

    private final Map<Long, String> reasons = new HashMap<>();
    private List<OrderView> items;

    public List<OrderView> getItems() {
        if (items == null) {
            items = orders.list(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        }
        return items;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public boolean can(OrderView order, String action) {
        return OrderAction.valueOf(action).allowedFrom(OrderStatus.valueOf(order.status()));
    }

    public void confirm(long id) {
        act(id, OrderAction.CONFIRM);
    }

    public void decline(long id) {
        act(id, OrderAction.DECLINE);
    }

    public void ship(long id) {
        act(id, OrderAction.SHIP);
    }

    public void receive(long id) {
        act(id, OrderAction.RECEIVE);
    }

    public void cancel(long id) {
        act(id, OrderAction.CANCEL);
    }

    public void dispute(long id) {
        act(id, OrderAction.DISPUTE);
    }

    private void act(long id, OrderAction action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String reason = reasons.get(id);
        try {
            TransientRetry.run(() -> orders.act(id, action, reason));
            reasons.remove(id);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Texts.get(faces, "order.done." + action.name(), String.valueOf(id)), null));
        } catch (ProblemException refused) {
            String key = refused.status() == 422 ? "order.error.reason" : refused.status() == 409
                    ? "order.error.state" : "order.error.other";
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get(faces, key), null));
        } catch (EJBException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get(faces, "order.error.other"), null));
        }
        items = null;
    }

    public String when(java.time.Instant at) {
        return format.when(at);
    }

    public String amount(java.math.BigDecimal value) {
        return format.amount(value);
    }

    public String productName(String code) {
        return format.productName(code);
    }
}
