package coop.harvest.web;

import coop.harvest.accounts.boundary.Accounts;
import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.accounts.boundary.HarvestAuthentication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** The sign-in form, sign-out, and the signed-in header of every page. */
@Named
@RequestScoped
public class SignIn {

    static final String LOGOUT_TOKEN = "harvest-logout-token";

    @Inject
    SecurityContext securityContext;

    @Inject
    CurrentUser currentUser;

    /**
     * Only signing in needs it: every page's header asks this bean who is signed in, and an injected session bean's
     * reference costs a JNDI look-up per request on Payara.
     */
    @Inject
    Instance<Accounts> accounts;

    @Inject
    Preferences preferences;

    private String username;
    private String password;
    private String next;

    public String login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                password == null ? "" : password)));
        if (status == AuthenticationStatus.SUCCESS) {
            Caller caller = currentUser.caller().orElseThrow();
            accounts.get().rememberLanguage(caller.accountId(), preferences.getLanguage());
            external.redirect(external.getRequestContextPath() + target(caller));
            faces.responseComplete();
            return null;
        }
        Object failure = request.getAttribute(HarvestAuthentication.LOGIN_FAILURE);
        String key = Integer.valueOf(429).equals(failure) ? "login.throttled"
                : Integer.valueOf(403).equals(failure) ? "login.suspended" : "login.failed";
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get(faces, key), null));
        return null;
    }

    private String target(Caller caller) {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("login.xhtml")) {
            String path = next.startsWith(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                    ? next.substring(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath().length())
                    : next;
            return path;
        }
        return home(caller);
    }

    static String home(Caller caller) {
        return switch (caller.role()) {
            case COOPERATIVE -> "/coop/";
            case BUYER -> "/buyer/";
            case STAFF -> "/staff/";
            case EXPERT -> "/expert/";
        };
    }

    public String logout() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // a stateless view has no secret of its own: the form carries the session's, or it was not this site's form
        String sent = external.getRequestParameterMap().get(LOGOUT_TOKEN);
        Object expected = external.getSessionMap().get(LOGOUT_TOKEN);
        if (sent == null || !sent.equals(expected)) {
            return null;
        }
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/index.xhtml?faces-redirect=true";
    }

    /** The session's secret that the sign-out form carries (see {@link #logout}). */
    public String getLogoutToken() {
        java.util.Map<String, Object> session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
        return (String) session.computeIfAbsent(LOGOUT_TOKEN,
                key -> java.util.UUID.randomUUID().toString().replace("-", ""));
    }

    /** True for a signed-in buyer (who may order). */
    public boolean isBuyer() {
        return currentUser.caller().map(Caller::isBuyer).orElse(false);
    }

    public boolean isSignedIn() {
        return currentUser.caller().isPresent();
    }

    public Optional<Caller> caller() {
        return currentUser.caller();
    }

    public String getDisplayName() {
        return currentUser.caller().map(Caller::displayName).map(SignIn::translatedName).orElse("");
    }

    public String getRole() {
        return currentUser.caller().map(c -> c.role().name()).orElse("");
    }

    /** The signed-in account's home: its dashboard. */
    public String getHome() {
        return currentUser.caller().map(SignIn::home).orElse("/");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    /** The name start-up gives the first staff account is shown in the page's language; people's names as typed. */
    static String translatedName(String name) {
        return FIRST_STAFF_NAME.equals(name) ? Texts.get(FacesContext.getCurrentInstance(), "role.STAFF.admin") : name;
    }

    static final String FIRST_STAFF_NAME = "Bureau administrator";
}
