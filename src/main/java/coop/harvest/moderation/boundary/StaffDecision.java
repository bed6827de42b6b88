package coop.harvest.moderation.boundary;

import coop.harvest.moderation.control.Reasons;
import coop.harvest.platform.ProblemException;
import coop.harvest.web.PageSupport;
import coop.harvest.web.Texts;
import jakarta.faces.context.FacesContext;

/**
 * How the staff pages report a decision: done → the growl says what happened; refused because someone else decided
 * first (409) or the item is gone (404) → the message list says so. A reason that is required but missing stays
 * next to its field and keeps the dialog open (validation failed).
 */
final class StaffDecision {

    private StaffDecision() {
    }

    /** Runs the decision and reports it; true when it was taken. */
    static boolean run(Runnable decision, String doneKey, long id) {
        try {
            decision.run();
            PageSupport.info(doneKey, id);
            return true;
        } catch (ProblemException problem) {
            PageSupport.error(problem.status() == 409 ? "staff.error.conflict"
                    : problem.status() == 404 ? "staff.error.gone" : "staff.error.failed", id);
            return false;
        }
    }

    /** The reason, or null with the error next to {@code form:field} when it is missing or too long. */
    static String requireReason(String reason, String form, String field, String errorKey) {
        try {
            return Reasons.require(reason);
        } catch (ProblemException missing) {
            FacesContext faces = FacesContext.getCurrentInstance();
            PageSupport.fieldError(form, field, Texts.get(faces, errorKey));
            faces.validationFailed();
            return null;
        }
    }
}
