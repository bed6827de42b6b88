package coop.harvest.moderation.boundary;

import coop.harvest.moderation.control.AuditFilter;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import coop.harvest.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit log page ({@code /staff/audit.xhtml}). Filters and page number are query parameters (a GET form), so a
 * filtered view can be bookmarked, sent to a colleague, and exported to CSV with the same criteria.
 */
@Named
@RequestScoped
public class AuditPage {

    public static final int PAGE_SIZE = 25;

    /** The actions staff can filter on; the log may hold others (sign-in failures, staff creation). */
    public static final List<String> ACTIONS = List.of("LISTING_APPROVED", "LISTING_REJECTED", "LISTING_SUSPENDED",
            "LISTING_REINSTATED", "DEMAND_REMOVED", "COOPERATIVE_VERIFIED", "COOPERATIVE_SUSPENDED",
            "COOPERATIVE_REINSTATED", "REPORT_RESOLVED", "STAFF_CREATED", "PRODUCT_ADDED", "SIGN_IN_FAILED");

    @Inject
    AuditTrail trail;

    private String actor;
    private String action;
    private String targetType;
    private String targetId;
    private String from;
    private String to;
    private int page;
    private Page<AuditEntryView> entries;
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Runs the search (the page's view action); unreadable filters become messages next to their fields. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            AuditFilter filter = AuditFilter.parse(actor, action, targetType, targetId, from, to, MarketDay.zone());
            entries = trail.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        } catch (ProblemException problem) {
            problem.errors().forEach(error -> errors.put(error.field(),
                    Texts.get(faces, "staff.audit.error." + error.field())));
            if (problem.errors().isEmpty()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Texts.get(faces, "staff.audit.error.failed"), null));
            }
            entries = new Page<>(List.of(), 0, 0, PAGE_SIZE);
        }
    }

    /** Messages for unreadable filters, by field name. */
    public Map<String, String> getErrors() {
        return errors;
    }

    public Page<AuditEntryView> getEntries() {
        return entries;
    }

    public long getPageCount() {
        return entries == null || entries.total() == 0 ? 1 : (entries.total() + PAGE_SIZE - 1) / PAGE_SIZE;
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return page + 1 < getPageCount();
    }

    /** The current filters as a query string (without the page), for the paging links and the CSV export. */
    public String getQuery() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("actor", actor);
        params.put("action", action);
        params.put("targetType", targetType);
        params.put("targetId", targetId);
        params.put("from", from);
        params.put("to", to);
        return params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public List<String> getTargetTypes() {
        return List.of("LISTING", "DEMAND", "COOPERATIVE", "ACCOUNT", "REPORT", "PRODUCT");
    }

    public List<String> getActions() {
        return ACTIONS;
    }

    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getTargetType() { return targetType; }
    public void setTargetType(String targetType) { this.targetType = targetType; }
    public String getTargetId() { return targetId; }
    public void setTargetId(String targetId) { this.targetId = targetId; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
}
