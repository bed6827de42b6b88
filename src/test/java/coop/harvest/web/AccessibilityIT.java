package coop.harvest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.Axe;
import coop.harvest.it.Browser;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page in both languages, on a 360 px phone and a 1280 px screen: no serious or critical axe-core
 * violation, no console error (CSP refusals included), nothing wider than the screen, the right {@code lang}.
 * A full-page screenshot of each lands in target/screenshots/ for people to look at.
 * <p>
 * To check a new page, add its path to {@link #PUBLIC_PAGES} or, for a page that needs sign-in, to the role's
 * list in {@link #ROLE_PAGES}; for pages that need data, make the data in the test first (see
 * {@link #rolePagesInChinese()}) and call {@code browser.assertAccessible(name)} in the component's own browser test.
 */
class AccessibilityIT {

    static final Map<String, String> PUBLIC_PAGES = pages(
            "home", "/",
            "login", "/login.xhtml",
            "register", "/register.xhtml",
            "not-found", "/no-such-page.xhtml");

    static final Map<String, Map<String, String>> ROLE_PAGES = Map.of(
            "COOPERATIVE", pages("coop-dashboard", "/coop/", "coop-orders", "/coop/orders.xhtml"),
            "BUYER", pages("buyer-dashboard", "/buyer/", "buyer-orders", "/buyer/orders.xhtml"),
            "STAFF", pages("staff-desk", "/staff/", "staff-listings", "/staff/listings.xhtml",
                    "staff-demands", "/staff/demands.xhtml",
                    "staff-cooperatives", "/staff/cooperatives.xhtml", "staff-audit", "/staff/audit.xhtml"));

    static final int[] WIDTHS = {360, 1280};

    @RegisterExtension
    final Browser chinese = new Browser("zh-CN");

    @RegisterExtension
    final Browser english = new Browser("en-US");

    private final HarvestServer server = HarvestServer.shared();

    @Test
    void publicPagesInChinese() {
        assertEquals(List.of(), checkPages(chinese, "zh-CN", PUBLIC_PAGES, Axe.WCAG_AA, "zh"));
    }

    @Test
    void publicPagesInEnglish() {
        assertEquals(List.of(), checkPages(english, "en", PUBLIC_PAGES, Axe.WCAG_AA, "en"));
    }

    /** The check itself: a field without a label (a critical violation) must fail the test that finds it. */
    @Test
    void theCheckFailsOnASeriousViolation() {
        english.open(server.baseUrl() + "/login.xhtml");
        english.waitFor(By.id("main"));
        ((JavascriptExecutor) english.driver()).executeScript("""
                const field = document.createElement('input');
                field.type = 'text';
                field.id = 'field-without-label';
                document.getElementById('main').appendChild(field);""");
        List<String> problems = Axe.check(english.driver(), Axe.WCAG_AA);
        assertTrue(problems.stream().anyMatch(p -> p.contains("field-without-label")), problems::toString);
        assertThrows(AssertionError.class, () -> english.assertAccessible("login with an unlabelled field"));
    }

    @Test
    void highContrastThemeReachesAaaContrast() {
        english.open(server.baseUrl() + "/");
        english.click(By.cssSelector("[data-theme='high-contrast']"));
        english.waitFor(By.cssSelector("body.theme-high-contrast"));
        assertEquals(List.of(), checkPages(english, "en", PUBLIC_PAGES, Axe.WCAG_AAA_CONTRAST, "en-high-contrast"));
    }

    @Test
    void feedbackAfterAFailedSignInIsAccessibleInBothLanguages() {
        for (Browser browser : List.of(chinese, english)) {
            for (int width : WIDTHS) {
                browser.viewport(width, 800);
                browser.open(server.baseUrl() + "/login.xhtml");
                browser.type(By.id("login:username"), "nobody-" + width);
                browser.type(By.id("login:password"), "not-the-password");
                browser.click(By.id("login:submit"));
                // a wrong password is an error of the whole form: its error summary at the top says so
                browser.waitFor(By.cssSelector("#login .error-summary"));
                browser.assertAccessible("login with an error message @" + width + "px");
                browser.click(By.id("login:submit"));
                browser.waitFor(By.cssSelector(".field-error"));
                browser.assertAccessible("login with field errors @" + width + "px");
                browser.assertNoConsoleErrors();
            }
        }
    }

    @Test
    void rolePagesInChinese() {
        List<String> problems = new ArrayList<>();
        Map<String, String> usernames = Map.of(
                "COOPERATIVE", Fixtures.cooperative(server.api()).username(),
                "BUYER", Fixtures.buyer(server.api()).username(),
                "STAFF", HarvestServer.ADMIN_USERNAME);
        for (Map.Entry<String, Map<String, String>> role : ROLE_PAGES.entrySet()) {
            String username = usernames.get(role.getKey());
            signIn(chinese, username, "STAFF".equals(role.getKey()) ? HarvestServer.ADMIN_PASSWORD : Fixtures.PASSWORD);
            problems.addAll(checkPages(chinese, "zh-CN", role.getValue(), Axe.WCAG_AA, "zh"));
            chinese.click(By.id("account:logout"));
            chinese.waitFor(By.id("login-link"));
        }
        assertEquals(List.of(), problems);
    }

    private void signIn(Browser browser, String username, String password) {
        browser.viewport(1280, 800);
        browser.open(server.baseUrl() + "/login.xhtml");
        browser.type(By.id("login:username"), username);
        browser.type(By.id("login:password"), password);
        browser.click(By.id("login:submit"));
        browser.waitFor(By.id("account:logout"));
    }

    /** Every problem found, prefixed with where it was found; screenshots of every page as a side effect. */
    private List<String> checkPages(Browser browser, String lang, Map<String, String> pages, String axeOptions,
                                    String shotPrefix) {
        List<String> problems = new ArrayList<>();
        for (int width : WIDTHS) {
            browser.viewport(width, 800);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                String where = page.getKey() + " @" + width + "px " + shotPrefix + ": ";
                browser.open(server.baseUrl() + page.getValue());
                browser.waitFor(By.id("main"));
                JavascriptExecutor js = (JavascriptExecutor) browser.driver();
                String htmlLang = (String) js.executeScript("return document.documentElement.lang;");
                if (!lang.equals(htmlLang)) {
                    problems.add(where + "html lang is " + htmlLang + ", expected " + lang);
                }
                Number overflow = (Number) js.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                if (overflow.intValue() > 1) {
                    problems.add(where + "the page is " + overflow + "px wider than the screen");
                }
                Axe.check(browser.driver(), axeOptions).forEach(p -> problems.add(where + p));
                browser.consoleErrors().stream()
                        .filter(e -> !(page.getKey().equals("not-found") && e.contains("404")))
                        .forEach(e -> problems.add(where + "console: " + e));
                browser.fullPageScreenshot(shotPrefix + "-" + width + "-" + page.getKey(), width);
            }
        }
        return problems;
    }

    private static Map<String, String> pages(String... nameThenPath) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (int i = 0; i < nameThenPath.length; i += 2) {
            pages.put(nameThenPath[i], nameThenPath[i + 1]);
        }
        return pages;
    }
}
