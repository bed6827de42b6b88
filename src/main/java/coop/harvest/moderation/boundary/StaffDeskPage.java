package coop.harvest.moderation.boundary;

import coop.harvest.moderation.control.Reasons;
import coop.harvest.platform.ProblemException;
import coop.harvest.web.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The bureau desk ({@code /staff/}): the queue with its counts and the decisions on it. Rejecting and resolving
 * open one inline form for the chosen item, so the reason field has a fixed id, a label and its error beside it,
 * and the page works with the keyboard and without JavaScript.
 */
@Named
@ViewScoped
public class StaffDeskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ModerationQueue queue;

    @Inject
    transient Moderation moderation;

    @Inject
    transient Reports reports;

    @Inject
    transient StaffFormat format;

    private transient QueueView current;
    private Long rejecting;
    private Long resolving;
    private String reason;
    private String note;

    public QueueView getQueue() {
        if (current == null) {
            current = queue.queue();
        }
        return current;
    }

    public String approve(long listingId) {
        return act(() -> moderation.approveListing(listingId), "staff.done.approved", listingId);
    }

    public void startReject(long listingId) {
        rejecting = listingId;
        reason = null;
    }

    public String reject() {
        if (rejecting == null) {
            return null;
        }
        try {
            Reasons.require(reason);
        } catch (ProblemException missing) {
            fieldError("reject:reason", "staff.reject.reasonRequired");
            return null;
        }
        long id = rejecting;
        String outcome = act(() -> moderation.rejectListing(id, new ReasonBody(reason)), "staff.done.rejected", id);
        rejecting = null;
        return outcome;
    }

    public String verify(long cooperativeId) {
        return act(() -> moderation.verifyCooperative(cooperativeId), "staff.done.verified", cooperativeId);
    }

    public void startResolve(long reportId) {
        resolving = reportId;
        note = null;
    }

    public String resolve() {
        if (resolving == null) {
            return null;
        }
        if (note != null && note.strip().length() > Reasons.MAX_LENGTH) {
            fieldError("resolve:note", "staff.resolve.noteTooLong");
            return null;
        }
        long id = resolving;
        String outcome = act(() -> reports.resolve(id, new ResolveBody(note)), "staff.done.resolved", id);
        resolving = null;
        return outcome;
    }

    public void cancel() {
        rejecting = null;
        resolving = null;
    }

    /** Runs a decision; a conflict (someone else decided first) becomes a message, and the queue is reloaded. */
    private String act(Runnable decision, String doneKey, long id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            decision.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get(faces, doneKey, id), null));
        } catch (ProblemException problem) {
            String key = problem.status() == 409 ? "staff.error.conflict"
                    : problem.status() == 404 ? "staff.error.gone" : "staff.error.failed";
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get(faces, key, id), null));
        }
        current = null;
        return null;
    }

    private static void fieldError(String clientId, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get(faces, key), null));
        faces.validationFailed();
    }

    public ModeratedListing getRejectingListing() {
        return rejecting == null ? null : getQueue().listings().stream()
                .filter(l -> l.id() == rejecting).findFirst().orElse(null);
    }

    public ReportView getResolvingReport() {
        return resolving == null ? null : getQueue().reports().stream()
                .filter(r -> r.id() == resolving).findFirst().orElse(null);
    }

    public StaffFormat getFormat() {
        return format;
    }

    public Long getRejecting() { return rejecting; }
    public Long getResolving() { return resolving; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
