package coop.harvest.consultation.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.consultation.entity.Channel;
import coop.harvest.consultation.entity.QuestionStatus;
import coop.harvest.web.PageSupport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /question.xhtml?id=}: a question with its photos and answers; the expert's answer form and the asker's
 * accept buttons. The id travels as a plain request parameter, so the page's forms work in its stateless view.
 */
@Named
@RequestScoped
public class QuestionPage {

    static final String FORM = "answerForm";
    private static final Pattern REFERER_ID = Pattern.compile("/question\\.xhtml\\?(?:.*&)?id=(\\d{1,18})(?:&|$)");

    @Inject
    QuestionArchive archive;

    @Inject
    Questions questions;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private QuestionView question;
    private boolean asker;
    private String answer;

    /** Reads the question; 404 when the id is unknown or not a number. */
    public void load() {
        if (question() == null) {
            PageSupport.notFound();
        }
    }

    private QuestionView question() {
        if (question == null) {
            String raw = requestedId(FacesContext.getCurrentInstance());
            try {
                id = Long.parseLong(raw == null ? "" : raw.strip());
                question = archive.get(id);
                Optional<Caller> caller = currentUser.caller();
                asker = caller.isPresent() && archive.askedBy(id, caller.get());
            } catch (RuntimeException unknown) {
                question = null;
            }
        }
        return question;
    }

    /**
     * The page's own forms send {@code id}; the layout's language and theme forms do not, and their postback of this
     * stateless view keeps no view parameters, so the address the form was sent from tells which question it was.
     */
    private static String requestedId(FacesContext faces) {
        String id = faces.getExternalContext().getRequestParameterMap().get("id");
        if (id == null && faces.isPostback()) {
            Matcher referer = REFERER_ID.matcher(String.valueOf(
                    faces.getExternalContext().getRequestHeaderMap().get("Referer")));
            id = referer.find() ? referer.group(1) : null;
        }
        return id;
    }

    public String answer() {
        NewAnswer request = new NewAnswer();
        request.body = answer;
        if (PageSupport.attempt(FORM, "consult", () -> questions.answer(id, request)) == null) {
            return null;
        }
        return reload();
    }

    public String accept(long answerId) {
        if (PageSupport.attempt(FORM, "consult", () -> questions.accept(id, answerId)) == null) {
            return null;
        }
        return reload();
    }

    private String reload() {
        return "/question.xhtml?faces-redirect=true&id=" + id;
    }

    public boolean isCanAnswer() {
        return question() != null && question.status() != QuestionStatus.RESOLVED
                && currentUser.caller().map(Caller::isExpert).orElse(false);
    }

    public boolean isCanAccept() {
        return question() != null && asker && question.status() == QuestionStatus.ANSWERED;
    }

    public boolean isHotline() {
        return question() != null && question.channel() == Channel.HOTLINE;
    }

    public QuestionView getQuestion() { return question(); }
    public Long getId() { question(); return id; }
    /** The view parameter that language and theme switches carry over (read from the request, see question()). */
    public String getIdParam() { return getId() == null ? null : getId().toString(); }
    public void setIdParam(String ignored) { /* the id is read from the request itself */ }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
}
