package coop.harvest.consultation.boundary;

import coop.harvest.consultation.entity.Channel;
import coop.harvest.platform.MarketDay;
import coop.harvest.web.PageSupport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** {@code /staff/consultation.xhtml}: log a 12316 hotline call, create an expert, and the year's figures. */
@Named
@RequestScoped
public class StaffConsultationPage {

    static final String CALL = "call";
    static final String EXPERT = "expert";

    @Inject
    Questions questions;

    @Inject
    Experts experts;

    @Inject
    ConsultationFigures figures;

    private QuestionStats stats;
    private String product = "kiwi";
    private String title;
    private String body;
    private String callerName;
    private String callerPhone;
    private String username;
    private String password;
    private String displayName;
    private String expertTitle;
    private List<String> specialties = new ArrayList<>();

    public QuestionStats getStats() {
        if (stats == null) {
            stats = figures.year(MarketDay.today().getYear());
        }
        return stats;
    }

    public int getYear() {
        return MarketDay.today().getYear();
    }

    public String logCall() {
        NewQuestion call = new NewQuestion();
        call.product = product;
        call.title = title;
        call.body = body;
        call.channel = Channel.HOTLINE;
        call.callerName = callerName;
        call.callerPhone = callerPhone;
        QuestionView logged = PageSupport.attempt(CALL, "consult", () -> questions.ask(call));
        return logged == null ? null : "/question.xhtml?faces-redirect=true&id=" + logged.id();
    }

    public String createExpert() {
        NewExpert expert = new NewExpert();
        expert.username = username;
        expert.password = password;
        expert.displayName = displayName;
        expert.title = expertTitle;
        expert.specialties = specialties;
        if (PageSupport.attempt(EXPERT, "consult.expert", () -> experts.create(expert)) != null) {
            PageSupport.info("consult.expert.created", username);
            username = null;
            password = null;
            displayName = null;
            expertTitle = null;
            specialties = new ArrayList<>();
        }
        return null;
    }

    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getCallerName() { return callerName; }
    public void setCallerName(String callerName) { this.callerName = callerName; }
    public String getCallerPhone() { return callerPhone; }
    public void setCallerPhone(String callerPhone) { this.callerPhone = callerPhone; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getExpertTitle() { return expertTitle; }
    public void setExpertTitle(String expertTitle) { this.expertTitle = expertTitle; }
    public List<String> getSpecialties() { return specialties; }
    public void setSpecialties(List<String> specialties) { this.specialties = specialties; }
}
