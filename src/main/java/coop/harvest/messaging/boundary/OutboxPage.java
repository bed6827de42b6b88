package coop.harvest.messaging.boundary;

import coop.harvest.messaging.entity.OutboxStatus;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** {@code /staff/outbox.xhtml}: the SMS outbox for staff, counts per status and 50 rows a page, newest first. */
@Named
@RequestScoped
public class OutboxPage {

    static final int SIZE = 50;

    @Inject
    Outbox outbox;

    @Inject
    SmppGateway gateway;

    private String status;
    private int page;
    private Page<OutboxView> rows;

    public Page<OutboxView> getRows() {
        if (rows == null) {
            OutboxStatus wanted = null;
            for (OutboxStatus s : OutboxStatus.values()) {
                if (s.name().equals(status)) {
                    wanted = s;
                }
            }
            rows = outbox.list(wanted, PageRequest.of(Math.max(0, page), SIZE));
        }
        return rows;
    }

    public Map<OutboxStatus, Long> getCounts() {
        return outbox.counts();
    }

    public List<OutboxStatus> getStatuses() {
        return List.of(OutboxStatus.values());
    }

    /** The message key of the gateway's state, e.g. {@code outbox.gateway.not-configured}: /health/ready's word. */
    public String getGatewayKey() {
        return "outbox.gateway." + gateway.state().replace(' ', '-');
    }

    public boolean isHasNext() {
        return (long) (page + 1) * SIZE < getRows().total();
    }

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(0, page); }
}
