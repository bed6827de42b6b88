package coop.harvest.moderation.boundary;

import coop.harvest.audit.boundary.AuditEntryView;

import coop.harvest.audit.boundary.AuditTrail;

import coop.harvest.audit.boundary.AuditFilter;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import coop.harvest.web.Texts;
import coop.harvest.web.PageSupport;
import coop.harvest.web.PagedModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit log page ({@code /staff/audit.xhtml}). Filters are query parameters: the filter form redirects to the
 * page with them (post-redirect-get), so a filtered view can be bookmarked, sent to a colleague, and exported to CSV
 * with the same criteria. The entries are a lazy table paged in the database, newest first.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int PAGE_SIZE = 25;

    /** The actions staff can filter on; the log may hold others (sign-in failures, staff creation). */
    public static final List<String> ACTIONS = List.of("LISTING_APPROVED", "LISTING_REJECTED", "LISTING_SUSPENDED",
            "LISTING_REINSTATED", "LISTING_CERTIFICATION_REMOVED", "DEMAND_REMOVED", "COOPERATIVE_VERIFIED",
            "COOPERATIVE_SUSPENDED", "COOPERATIVE_REINSTATED", "REPORT_RESOLVED", "STAFF_CREATED", "EXPERT_CREATED",
            "PASSWORD_CHANGED", "PASSWORD_RESET", "ACCOUNTS_LINKED", "SIGN_IN_FAILED", "PRODUCT_ADDED",
            "CERTIFICATE_APPROVED", "CERTIFICATE_REJECTED", "CERTIFICATE_REVOKED", "CERTIFICATE_EXPIRED",
            "ORDER_EXPIRED", "TRADE_HELD", "TRADE_ACCEPTED", "TRADE_EXCLUDED", "HOTLINE_CALL_LOGGED",
            "QUESTION_RESOLVED", "LETTER_ASSIGNED", "LETTER_ANSWERED", "LETTER_CLOSED_WITHOUT_FEEDBACK",
            "POST_CREATED", "POST_EDITED", "POST_DELETED", "DATABASE_BACKED_UP");

    /** The kinds of target the log names, each with a label in both languages ({@code audit.target.<TYPE>}). */
    public static final List<String> TARGET_TYPES = List.of("LISTING", "DEMAND", "COOPERATIVE", "ACCOUNT", "REPORT",
            "PRODUCT", "CERTIFICATE", "ORDER", "QUESTION", "LETTER", "POST", "BACKUP");

    @Inject
    transient AuditTrail trail;

    private String actor;
    private String action;
    private String targetType;
    private String targetId;
    private String from;
    private String to;
    private long total;
    private boolean readable = true;
    private final PagedModel<AuditEntryView> entries = new PagedModel<>((page, sort) -> readable
            ? trail.search(filter(), page) : page.page(List.of(), 0),
            e -> e.at() + "/" + e.action() + "/" + e.targetId());
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Checks the filters (the page's view action); unreadable ones become messages next to their fields. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        errors.clear();
        try {
            total = trail.search(filter(), PageRequest.of(0, 1)).total();
            readable = true;
        } catch (ProblemException problem) {
            problem.errors().forEach(error -> errors.put(error.field(),
                    Texts.get(faces, "staff.audit.error." + error.field())));
            if (problem.errors().isEmpty()) {
                PageSupport.error("staff.audit.error.failed");
            }
            readable = false;
            total = 0;
        }
    }

    /** The filter form's action: the same page with the filters in its address. */
    public String search() {
        return "/staff/audit?faces-redirect=true&includeViewParams=true";
    }

    private AuditFilter filter() {
        return AuditFilter.parse(actor, action, targetType, targetId, from, to, MarketDay.zone());
    }

    /** Messages for unreadable filters, by field name. */
    public Map<String, String> getErrors() {
        return errors;
    }

    public PagedModel<AuditEntryView> getEntries() {
        return entries;
    }

    public long getTotal() {
        return total;
    }

    public LocalDate getFromDate() {
        return date(from);
    }

    public void setFromDate(LocalDate date) {
        from = date == null ? null : date.toString();
    }

    public LocalDate getToDate() {
        return date(to);
    }

    public void setToDate(LocalDate date) {
        to = date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        try {
            LocalDate date = text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
            return coop.harvest.platform.Dates.inRange(date) ? date : null;
        } catch (DateTimeParseException unreadable) {
            return null;
        }
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
        return TARGET_TYPES;
    }

    public List<String> getActions() {
        return ACTIONS;
    }

    /** An action in the page's language ({@code audit.action.<CODE>}); an unknown code as it is. */
    public String actionLabel(String code) {
        return label("audit.action.", code);
    }

    /** A target type in the page's language ({@code audit.target.<TYPE>}); an unknown type as it is. */
    public String targetLabel(String type) {
        return label("audit.target.", type);
    }

    private static String label(String prefix, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String text = Texts.get(FacesContext.getCurrentInstance(), prefix + code);
        return text.equals(prefix + code) ? code : text;
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
}
