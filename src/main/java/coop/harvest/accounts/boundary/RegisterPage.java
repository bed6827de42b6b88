package coop.harvest.accounts.boundary;

import coop.harvest.platform.ProblemException;
import coop.harvest.vocabulary.Counties;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The registration form: a cooperative with its cooperative, or a buyer with its organisation. Every problem of the
 * form comes in one round, in the page's language, saying which of username and credit code is taken; a new account
 * is signed in at once and lands on its dashboard (a cooperative there learns that it awaits verification).
 */
@Named
@RequestScoped
public class RegisterPage {

    /** Which form field shows the error of which request field. */
    static final Map<String, String> FIELD_IDS = Map.of(
            "username", "username", "password", "password", "displayName", "displayName", "role", "role",
            "email", "email", "phone", "phone", "organization", "organization",
            "cooperative.name", "coopName", "cooperative.registrationNumber", "regNo", "cooperative.county", "county");

    @Inject
    Accounts accounts;

    @Inject
    RegistrationCheck check;

    @Inject
    SecurityContext securityContext;

    private String username;
    private String password;
    private String displayName;
    private String role = "COOPERATIVE";
    private String email;
    private String phone;
    private String organization;
    private String coopName;
    private String regNo;
    private String county;

    public String register() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        NewAccount request = request();
        List<RegistrationCheck.Problem> problems = check.problems(request);
        if (!problems.isEmpty()) {
            problems.forEach(p -> error(faces, FIELD_IDS.getOrDefault(p.field(), null), text(texts, p)));
            return null;
        }
        try {
            accounts.register(request);
        } catch (ProblemException problem) {
            // a race with another registration of the same name or code, or a rule the check above does not know
            String key = problem.status() != 409 ? "register.failed"
                    : problem.getMessage() != null && problem.getMessage().contains("registration number")
                    ? "register.error.regNo.TAKEN" : "register.error.username.TAKEN";
            error(faces, problem.status() == 409 ? (key.contains("regNo") ? "regNo" : "username") : null,
                    texts.getString(key));
            return null;
        }
        signIn(faces, request);
        return null;
    }

    /** Signs the new account in and opens its dashboard, which greets it (a cooperative: awaiting verification). */
    private void signIn(FacesContext faces, NewAccount request) throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(request.username, request.password)));
        external.getFlash().setKeepMessages(true);
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        if (status != AuthenticationStatus.SUCCESS) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.getString("register.done"), null));
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
            faces.responseComplete();
            return;
        }
        boolean cooperative = request.role == Role.COOPERATIVE;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                texts.getString(cooperative ? "register.welcome.cooperative" : "register.welcome.buyer"), null));
        external.redirect(external.getRequestContextPath() + (cooperative ? "/coop/" : "/buyer/"));
        faces.responseComplete();
    }

    private NewAccount request() {
        Role chosen = "BUYER".equals(role) ? Role.BUYER : Role.COOPERATIVE;
        NewAccount request = new NewAccount();
        request.username = strip(username);
        request.password = password == null ? "" : password;
        request.displayName = strip(displayName);
        request.role = chosen;
        request.email = blankToNull(email);
        request.phone = blankToNull(phone);
        if (chosen == Role.COOPERATIVE) {
            request.cooperative = new NewCooperative();
            request.cooperative.name = strip(coopName);
            request.cooperative.registrationNumber = strip(regNo);
            request.cooperative.county = strip(county);
        } else {
            request.organization = blankToNull(organization);
        }
        return request;
    }

    /** The message of a problem: {@code register.error.<fieldId>.<KIND>}, else the field's general one. */
    static String text(ResourceBundle texts, RegistrationCheck.Problem problem) {
        String field = FIELD_IDS.getOrDefault(problem.field(), problem.field());
        for (String key : List.of("register.error." + field + "." + problem.kind(), "register.error." + field,
                "form.error." + problem.kind())) {
            try {
                return texts.getString(key);
            } catch (MissingResourceException next) {
                // try the next, more general text
            }
        }
        return texts.getString("register.failed");
    }

    private static void error(FacesContext faces, String fieldId, String message) {
        faces.addMessage(fieldId == null ? null : "register:" + fieldId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<Counties.County> getCounties() {
        return Counties.ALL;
    }

    public boolean isBuyer() {
        return "BUYER".equals(role);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = "BUYER".equals(role) ? "BUYER" : "COOPERATIVE"; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getOrganization() { return organization; }
    public void setOrganization(String organization) { this.organization = organization; }
    public String getCoopName() { return coopName; }
    public void setCoopName(String coopName) { this.coopName = coopName; }
    public String getRegNo() { return regNo; }
    public void setRegNo(String regNo) { this.regNo = regNo; }
    public String getCounty() { return county; }
    public void setCounty(String county) { this.county = county; }
}
