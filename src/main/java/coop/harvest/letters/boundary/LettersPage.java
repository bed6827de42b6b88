package coop.harvest.letters.boundary;

import coop.harvest.letters.entity.LetterCategory;
import coop.harvest.letters.entity.LetterStatus;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.web.PageSupport;
import coop.harvest.web.Preferences;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * {@code /letters.xhtml}, a stateless page: write a letter (the answer shows the tracking number and the access code
 * once), follow one with its number and code and say whether the answer settled it, read the published answers and
 * the year's figures.
 */
@Named
@RequestScoped
public class LettersPage {

    @Inject
    Letters letters;

    @Inject
    LetterArchive archive;

    @Inject
    Preferences preferences;

    private LetterCategory category = LetterCategory.CONSULTATION;
    private String subject;
    private String body;
    private String name;
    private String phone;
    private String email;
    private boolean mayPublish = true;
    private LetterView written;

    private String number;
    private String code;
    private String comment;
    private LetterView tracked;

    private Page<PublicLetter> published;
    private LetterStats stats;

    public void write() {
        NewLetter letter = new NewLetter();
        letter.category = category;
        letter.subject = subject;
        letter.body = body;
        letter.name = name;
        letter.phone = phone;
        letter.email = email;
        letter.mayPublish = mayPublish;
        if (!PageSupport.check("write", "letters", letter, java.util.List.of())) {
            return; // every missing or malformed field at once, before the bureau's own rules
        }
        written = PageSupport.attempt("write", "letters", () -> letters.write(letter, client(),
                preferences.getLanguage()));
        if (written != null) {
            subject = null;
            body = null;
            number = written.trackingNumber();
        }
    }

    public void track() {
        tracked = PageSupport.attempt("track", "letters.track", () -> letters.track(number, code, client()));
    }

    public void settled() {
        feedback(true);
    }

    public void notSettled() {
        feedback(false);
    }

    private void feedback(boolean satisfied) {
        LetterView letter = PageSupport.attempt("track", "letters.track", () -> letters.track(number, code, client()));
        if (letter == null) {
            return;
        }
        FeedbackBody feedback = new FeedbackBody();
        feedback.code = code;
        feedback.satisfied = satisfied;
        feedback.comment = comment;
        tracked = PageSupport.attempt("track", "letters.track", () -> letters.feedback(letter.id(), feedback,
                client()));
        if (tracked != null) {
            comment = null;
            PageSupport.info(satisfied ? "letters.feedback.thanks" : "letters.feedback.reopened");
        } else {
            tracked = letter;
        }
    }

    /**
     * The tracked letter and its feedback buttons exist while a postback is decoded, so that their buttons' actions
     * run in this stateless view (the request-scoped letter is only looked up by the action itself).
     */
    public boolean isTrackedShown() {
        return decodingPostback() || tracked != null;
    }

    public boolean isFeedbackShown() {
        return decodingPostback() || (tracked != null && tracked.status() == LetterStatus.ANSWERED);
    }

    private static boolean decodingPostback() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.isPostback() && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE;
    }

    private static String client() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    public Page<PublicLetter> getPublished() {
        if (published == null) {
            published = archive.published(null, PageRequest.of(0, 10));
        }
        return published;
    }

    public LetterStats getStats() {
        if (stats == null) {
            stats = archive.stats(null);
        }
        return stats;
    }

    public List<LetterCategory> getCategories() { return List.of(LetterCategory.values()); }
    public LetterCategory getCategory() { return category; }
    public void setCategory(LetterCategory category) { this.category = category; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isMayPublish() { return mayPublish; }
    public void setMayPublish(boolean mayPublish) { this.mayPublish = mayPublish; }
    public LetterView getWritten() { return written; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public LetterView getTracked() { return tracked; }
}
