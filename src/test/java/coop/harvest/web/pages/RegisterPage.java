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

    /** Registers a cooperative account; the page then shows the sign-in form. */
    public SignInPage registerCooperative(String username, String password, String displayName, String email,
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
        browser.waitFor(SignInPage.USERNAME);
        return new SignInPage(browser, base);
    }
}
