package coop.harvest.letters.boundary;

import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.letters.entity.LetterStatus;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import coop.harvest.web.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /staff/letters.xhtml}: the mailbox queue for staff, soonest due first with overdue letters flagged, a
 * filter by status and overdue, and one letter open at a time to assign and answer (publishing it when the writer
 * allowed that).
 */
@Named
@ViewScoped
public class StaffLettersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Letters letters;

    @Inject
    transient CurrentUser currentUser;

    private LetterStatus status;
    private boolean overdueOnly;
    private int page;
    private String id;
    private LetterView open;
    private String assignee;
    private String answer;
    private boolean publish = true;
    private transient Page<LetterView> rows;

    public void load() {
        if (id != null && !id.isBlank() && open == null) {
            try {
                show(letters.get(Long.parseLong(id.strip())));
            } catch (NumberFormatException | ProblemException unknown) {
                PageSupport.error("staff.letters.unknown");
            }
        }
    }

    public Page<LetterView> getRows() {
        if (rows == null) {
            rows = letters.list(status, overdueOnly ? Boolean.TRUE : null, PageRequest.of(page, 20));
        }
        return rows;
    }

    public void filter() {
        page = 0;
        rows = null;
    }

    public void next() {
        page++;
        rows = null;
    }

    public void previous() {
        page = Math.max(0, page - 1);
        rows = null;
    }

    public void openLetter(long letterId) {
        show(letters.get(letterId));
    }

    private void show(LetterView letter) {
        open = letter;
        assignee = letter.assignee() == null ? currentUser.require().username() : letter.assignee();
        answer = letter.answer();
        publish = letter.mayPublish();
    }

    public void assign() {
        AssignBody body = new AssignBody();
        body.assignee = assignee;
        LetterView done = PageSupport.attempt("letter", "staff.letters", () -> letters.assign(open.id(), body));
        if (done != null) {
            open = done;
            rows = null;
            PageSupport.info("staff.letters.assigned", done.trackingNumber(), done.assignee());
        }
    }

    public void answer() {
        AnswerBody body = new AnswerBody();
        body.text = answer;
        body.publish = publish;
        LetterView done = PageSupport.attempt("letter", "staff.letters", () -> letters.answer(open.id(), body));
        if (done != null) {
            open = done;
            rows = null;
            PageSupport.info("staff.letters.answered", done.trackingNumber());
        }
    }

    public boolean canAct() {
        return open != null && List.of(LetterStatus.RECEIVED, LetterStatus.ASSIGNED, LetterStatus.REOPENED)
                .contains(open.status());
    }

    public boolean hasNext() {
        return (long) (page + 1) * 20 < getRows().total();
    }

    public List<LetterStatus> getStatuses() { return List.of(LetterStatus.values()); }
    public LetterStatus getStatus() { return status; }
    public void setStatus(LetterStatus status) { this.status = status; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
    public int getPage() { return page; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public LetterView getOpen() { return open; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public boolean isPublish() { return publish; }
    public void setPublish(boolean publish) { this.publish = publish; }
}
