package coop.harvest.web.pages;

import coop.harvest.it.Browser;
import org.openqa.selenium.By;

/** /register.xhtml. */
public final class RegisterPage extends Page {

    static final By COOPERATIVE_ROLE = By.cssSelector("input[name='register:role'][value='COOPERATIVE']");
    static final By USERNAME = By.id("register:username");
    static final By PASSWORD = By.id("register:password");
    static final By DISPLAY_NAME = By.id("register:displayName");
    static final By EMAIL = By.id("register:email");
    static final By COOP_NAME = By.id("register:coopName");
    static final By REGISTRATION_NUMBER = By.id("register:regNo");
    static final By COUNTY = By.id("register:county");
    static final By SUBMIT = By.id("register:submit");

    public RegisterPage(Browser browser, String base) {
        super(browser, base);
    }

    public RegisterPage open() {
        openPath("/register.xhtml");
        browser.waitFor(USERNAME);
        return this;
    }

    /** Registers a cooperative account; it is signed in at once and sees its dashboard. */
    public CoopDashboardPage registerCooperative(String username, String password, String displayName, String email,
                                          String cooperativeName, String registrationNumber, String county) {
        browser.click(COOPERATIVE_ROLE);
        browser.type(USERNAME, username);
        browser.type(PASSWORD, password);
        browser.type(DISPLAY_NAME, displayName);
        browser.type(EMAIL, email);
        browser.type(COOP_NAME, cooperativeName);
        browser.type(REGISTRATION_NUMBER, registrationNumber);
        choose(COUNTY, county);
        browser.click(SUBMIT);
        return new CoopDashboardPage(browser, base).waitUntilShown();
    }

    /** Picks the role (COOPERATIVE or BUYER): the form then shows that role's section only. */
    public RegisterPage pickRole(String role) {
        browser.click(By.cssSelector("input[name='register:role'][value='" + role + "']"));
        return this;
    }

    /** Whether the section of a role (COOPERATIVE or BUYER) is shown. */
    public boolean sectionShown(String role) {
        return browser.driver().findElement(By.cssSelector(".role-section[data-role='" + role + "']")).isDisplayed();
    }
}
