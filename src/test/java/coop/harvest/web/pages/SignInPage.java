package coop.harvest.web.pages;

import coop.harvest.it.Browser;
import org.openqa.selenium.By;

/** /login.xhtml. */
public final class SignInPage extends Page {

    static final By USERNAME = By.id("login:username");
    static final By PASSWORD = By.id("login:password");
    static final By SUBMIT = By.id("login:submit");

    public SignInPage(Browser browser, String base) {
        super(browser, base);
    }

    public SignInPage open() {
        openPath("/login.xhtml");
        return this;
    }

    /** Signs in with the form on the page shown now, and waits for the header to show the account. */
    public void signIn(String username, String password) {
        browser.type(USERNAME, username);
        browser.type(PASSWORD, password);
        browser.click(SUBMIT);
        browser.waitFor(LOGOUT);
    }

    /** True when the browser shows the sign-in form. */
    public boolean isShown() {
        return !browser.driver().findElements(USERNAME).isEmpty();
    }
}
