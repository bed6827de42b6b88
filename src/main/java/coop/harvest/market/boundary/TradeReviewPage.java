package coop.harvest.market.boundary;

import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import coop.harvest.web.PageSupport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The staff page of trades held back from the market figures: accept one, or exclude it with a reason. */
@Named
@RequestScoped
public class TradeReviewPage {

    @Inject
    TradeIntegrity integrity;

    private String reason;
    private List<TradeReviewView> held;

    public List<TradeReviewView> getHeld() {
        if (held == null) {
            held = integrity.reviews("HELD", PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        }
        return held;
    }

    public void accept(long orderId) {
        decide(() -> integrity.accept(orderId, null), "staff.trades.accepted", orderId);
    }

    public void exclude(long orderId) {
        if (reason == null || reason.isBlank()) {
            PageSupport.error("staff.trades.reasonRequired");
            return;
        }
        decide(() -> integrity.exclude(orderId, reason), "staff.trades.excluded", orderId);
    }

    private void decide(Runnable decision, String done, long orderId) {
        try {
            decision.run();
            PageSupport.info(done, String.valueOf(orderId));
            held = null;
            reason = null;
        } catch (ProblemException refused) {
            PageSupport.error("staff.trades.failed");
        }
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
