package coop.harvest.accounts.boundary;

import coop.harvest.vocabulary.Counties;
import coop.harvest.platform.FieldError;
import coop.harvest.platform.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** The registration form: a cooperative with its cooperative, or a buyer with its organisation. */
@Named
@RequestScoped
public class RegisterPage {

    /** Which form field shows the error of which request field. */
    private static final Map<String, String> FIELD_IDS = Map.of(
            "username", "username", "password", "password", "displayName", "displayName", "role", "role",
            "email", "email", "phone", "phone", "organization", "organization",
            "cooperative.name", "coopName", "cooperative.registrationNumber", "regNo", "cooperative.county", "county");

    @Inject
    Accounts accounts;

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

    public String register() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        Role chosen = "BUYER".equals(role) ? Role.BUYER : Role.COOPERATIVE;
        NewAccount request = new NewAccount();
        request.username = nonNull(username);
        request.password = nonNull(password);
        request.displayName = nonNull(displayName);
        request.role = chosen;
        request.email = email;
        request.phone = phone;
        if (chosen == Role.COOPERATIVE) {
            request.cooperative = new NewCooperative();
            request.cooperative.name = nonNull(coopName);
            request.cooperative.registrationNumber = nonNull(regNo);
            request.cooperative.county = nonNull(county);
        } else {
            request.organization = organization;
        }
        try {
            accounts.register(request);
        } catch (ProblemException problem) {
            show(faces, problem, texts);
            return null;
        } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof jakarta.validation.ConstraintViolationException violations) {
                violations.getConstraintViolations().forEach(v -> error(faces,
                        FIELD_IDS.get(v.getPropertyPath().toString().replaceFirst("^register\\.request\\.", "")),
                        v.getMessage()));
                return null;
            }
            throw e;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.getString("register.done"), null));
        return "/login.xhtml?faces-redirect=true";
    }

    private void show(FacesContext faces, ProblemException problem, ResourceBundle texts) {
        List<FieldError> errors = problem.errors();
        if (errors.isEmpty()) {
            String key = problem.status() == 409 ? "register.taken" : "register.failed";
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.getString(key), null));
            return;
        }
        for (FieldError error : errors) {
            String translated = texts.containsKey("register.error." + error.field())
                    ? texts.getString("register.error." + error.field()) : error.message();
            error(faces, FIELD_IDS.get(error.field()), translated);
        }
    }

    private static void error(FacesContext faces, String fieldId, String message) {
        faces.addMessage(fieldId == null ? null : "register:" + fieldId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    public List<Counties.County> getCounties() {
        return Counties.ALL;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
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
