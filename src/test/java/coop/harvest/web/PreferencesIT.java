package coop.harvest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.Browser;
import coop.harvest.it.HarvestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** A visitor's language and theme choices hold on the page they were made on and are remembered next visit. */
class PreferencesIT {

    @RegisterExtension
    final Browser browser = new Browser("zh-CN");

    private final String base = HarvestServer.shared().baseUrl();

    @Test
    void languageFollowsTheBrowserUntilChosenThenIsRemembered() {
        browser.open(base + "/register.xhtml");
        assertEquals("zh-CN", htmlLang());
        browser.waitForText(By.tagName("h1"), "注册账户");

        browser.click(By.id("prefs:lang-en"));
        browser.waitForText(By.tagName("h1"), "Create an account");
        assertEquals("en", htmlLang());
        assertTrue(browser.driver().getCurrentUrl().contains("/register.xhtml"), "stays on the same page");
        Cookie remembered = browser.driver().manage().getCookieNamed("harvest-lang");
        assertNotNull(remembered, "the choice is kept in a cookie");
        assertEquals("en", remembered.getValue());

        newSession();
        browser.open(base + "/login.xhtml");
        browser.waitForText(By.tagName("h1"), "Sign in");
        assertEquals("en", htmlLang(), "a new visit keeps English although the browser asks for Chinese");

        browser.click(By.id("prefs:lang-zh"));
        browser.waitForText(By.tagName("h1"), "登录");
        assertEquals("zh-CN", htmlLang());
        browser.assertNoConsoleErrors();
    }

    @Test
    void themeChoiceIsRemembered() {
        browser.open(base + "/");
        browser.waitFor(By.cssSelector("body.theme-default"));
        assertTrue(stylesheets().contains("con=default"), stylesheets());

        browser.click(By.cssSelector("[data-theme='high-contrast']"));
        browser.waitFor(By.cssSelector("body.theme-high-contrast"));
        assertTrue(stylesheets().contains("con=high-contrast"), "the contract's own stylesheet: " + stylesheets());
        assertEquals("high-contrast", browser.driver().manage().getCookieNamed("harvest-theme").getValue());

        newSession();
        browser.open(base + "/login.xhtml");
        browser.waitFor(By.cssSelector("body.theme-high-contrast"));

        browser.click(By.cssSelector("[data-theme='default']"));
        browser.waitFor(By.cssSelector("body.theme-default"));
        browser.assertNoConsoleErrors();
    }

    @Test
    void visitorsBrowseAndSwitchLanguageOnPublicPagesWithoutAServerSession() {
        browser.open(base + "/");
        browser.waitFor(By.id("listings-heading")); // shown on an empty market too
        browser.click(By.id("prefs:lang-en"));
        browser.waitForText(By.tagName("h1"), "Farm produce market");
        browser.open(base + "/market.xhtml");
        browser.waitFor(By.id("summary"));
        assertEquals("en", htmlLang(), "the language chosen on the home page holds on the market page");
        browser.click(By.cssSelector("[data-theme='high-contrast']"));
        browser.waitFor(By.cssSelector("body.theme-high-contrast"));
        // public pages are stateless views: a crawler or a passing visitor costs the server no session
        assertNull(browser.driver().manage().getCookieNamed("JSESSIONID"),
                "public pages opened a session: " + browser.driver().manage().getCookies());
        browser.click(By.cssSelector("[data-theme='default']"));
        browser.waitFor(By.cssSelector("body.theme-default"));
        browser.assertNoConsoleErrors();
    }

    /** Forgets the server session, as closing the browser does; long-lived cookies stay. */
    private void newSession() {
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
    }

    private String htmlLang() {
        return browser.attribute(By.tagName("html"), "lang");
    }

    private String stylesheets() {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('link[rel=stylesheet]')).map(l => l.href).join(' ');"));
    }
}
