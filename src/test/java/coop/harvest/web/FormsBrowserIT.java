package coop.harvest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Browser;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import coop.harvest.web.pages.ErrorSummaryPart;
import coop.harvest.web.pages.RegisterPage;
import coop.harvest.web.pages.SignInPage;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every main form answers a failed submit with an error summary at its top (the GOV.UK pattern): in the page's
 * language, in view on a 360 px phone (Chinese) and a 1280 px desktop (English), focused, one line per field with a
 * link that focuses the field, all problems in one round.
 */
class FormsBrowserIT {

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    @RegisterExtension
    final Browser chinese = new Browser("zh-CN");

    @RegisterExtension
    final Browser english = new Browser("en");

    private final String base = HarvestServer.shared().baseUrl();
    private final ApiClient api = HarvestServer.shared().api();

    @Test
    void registrationGivesOneRoundThatSaysWhichIsTaken() {
        String taken = Fixtures.unique("taken");
        JsonObject registration = Fixtures.cooperativeRegistration(taken, "麻阳县测试合作社 " + taken, "麻阳县");
        assertEquals(201, api.post("/api/accounts", registration).status());
        String takenCode = registration.getJsonObject("cooperative").getString("registrationNumber");

        chinese.viewport(360, 740);
        RegisterPage page = new RegisterPage(chinese, base).open();
        assertTrue(page.sectionShown("COOPERATIVE"));
        assertFalse(page.sectionShown("BUYER"), "only the picked role's section shows");
        page.pickRole("BUYER");
        assertTrue(page.sectionShown("BUYER"));
        assertFalse(page.sectionShown("COOPERATIVE"));
        page.pickRole("COOPERATIVE");
        chinese.type(By.id("register:username"), taken);
        chinese.type(By.id("register:email"), "not-an-address");
        chinese.type(By.id("register:regNo"), takenCode);
        ErrorSummaryPart summary = page.submitExpectingErrors("register", "submit");
        assertSummary(summary, "zh", List.of("register:username", "register:password", "register:displayName",
                "register:email", "register:coopName", "register:county"));
        assertTrue(summary.text().contains("该用户名已被注册"), summary.text());
        assertTrue(summary.linkedFields().contains("register:regNo"), "the credit code is named as taken too");
        assertTrue(summary.text().contains("已有合作社使用该统一社会信用代码注册"), summary.text());
        assertEquals("register:password", summary.followLink("register:password"), "a link focuses its field");
        chinese.screenshot("forms-register-errors-zh-360");
        chinese.assertNoConsoleErrors();

        english.viewport(1280, 800);
        RegisterPage englishPage = new RegisterPage(english, base).open();
        englishPage.pickRole("BUYER");
        ErrorSummaryPart englishSummary = englishPage.submitExpectingErrors("register", "submit");
        assertSummary(englishSummary, "en", List.of("register:username", "register:password", "register:displayName"));
        english.screenshot("forms-register-errors-en-1280");
    }

    @Test
    void signInListingDemandAndLetterFormsShowTheSummaryInBothLanguages() {
        String coopName = Fixtures.unique("mayang");
        assertEquals(201, api.post("/api/accounts", Fixtures.cooperativeRegistration(coopName,
                "麻阳县锦和测试合作社 " + coopName, "麻阳县")).status());
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        for (String language : List.of("zh", "en")) {
            Browser browser = "zh".equals(language) ? chinese : english;
            boolean phone = "zh".equals(language);
            browser.viewport(phone ? 360 : 1280, phone ? 740 : 800);

            SignInPage signIn = new SignInPage(browser, base).open();
            assertSummary(signIn.submitExpectingErrors("login", "submit"), language,
                    List.of("login:username", "login:password"));
            browser.type(By.id("login:username"), coopName);
            browser.type(By.id("login:password"), "not-the-password-at-all");
            ErrorSummaryPart wrong = signIn.submitExpectingErrors("login", "submit");
            assertTrue(wrong.focused() && wrong.inView(), "a failed sign-in is announced in the summary too");
            assertSummaryLanguage(wrong, language);

            browser.open(base + "/letters.xhtml");
            browser.waitFor(By.id("write:send"));
            ErrorSummaryPart letter = signIn.submitExpectingErrors("write", "send");
            assertSummary(letter, language, List.of("write:subject", "write:body"));
            browser.screenshot("forms-letter-errors-" + language);

            new SignInPage(browser, base).open().signIn(coopName, Fixtures.PASSWORD);
            browser.open(base + "/coop/");
            browser.waitFor(By.id("listingForm:save"));
            assertEquals("麻阳县", new Select(browser.waitFor(By.id("listingForm:county"))).getFirstSelectedOption()
                    .getAttribute("value"), "the listing form starts with the cooperative's own county");
            assertTrue(browser.text(By.id("awaiting-verification")).length() > 10,
                    "an unverified cooperative is told that its listings wait for review");
            browser.type(By.id("listingForm:quantity"), "many");
            // no 30 February: a date that is no date is one more error of the same round, not a round of its own
            String noSuchDate = "zh".equals(language) ? "2026-02-30" : "02/30/2026";
            typeDate(browser, "listingForm:availableFrom_input", noSuchDate);
            ErrorSummaryPart listing = signIn.submitExpectingErrors("listingForm", "save");
            assertSummary(listing, language, List.of("listingForm:quantity", "listingForm:minOrderQuantity",
                    "listingForm:unitPrice", "listingForm:availableFrom"));
            String pickOne = "zh".equals(language) ? "或从日历中选择" : "or pick one from the calendar";
            assertTrue(listing.text().contains(pickOne), () -> "the date's own message: " + listing.text());
            browser.screenshot("forms-listing-errors-" + language);
            browser.driver().manage().deleteAllCookies();

            new SignInPage(browser, base).open().signIn(buyer.username(), Fixtures.PASSWORD);
            browser.open(base + "/buyer/");
            browser.waitFor(By.id("demandForm:post"));
            typeDate(browser, "demandForm:neededBy_input", "zh".equals(language) ? "2026-13-01" : "13/01/2026");
            ErrorSummaryPart demand = signIn.submitExpectingErrors("demandForm", "post");
            assertSummary(demand, language, List.of("demandForm:quantity", "demandForm:maxUnitPrice",
                    "demandForm:neededBy"));
            assertTrue(demand.text().contains(pickOne), () -> "the date's own message: " + demand.text());
            browser.screenshot("forms-demand-errors-" + language);
            browser.assertNoConsoleErrors();
            browser.driver().manage().deleteAllCookies();
        }
    }

    /**
     * Replaces a date picker's text as a user does (select all, type), closes its calendar (Escape) and leaves the
     * field: the picker keeps a typed date that is no date for the server to explain, instead of putting the last
     * valid one back.
     */
    private static void typeDate(Browser browser, String inputId, String text) {
        WebElement field = browser.waitFor(By.id(inputId));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        By panel = By.id(inputId.replace("_input", "_panel"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .pollingEvery(Duration.ofMillis(300)).until(d -> {
                    if (d.findElements(panel).stream().noneMatch(WebElement::isDisplayed)) {
                        return true;
                    }
                    d.findElement(By.id(inputId)).sendKeys(Keys.ESCAPE);
                    return false;
                });
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].blur();", field);
        assertEquals(text, field.getAttribute("value"), "the picker keeps the typed text when the field is left");
    }

    private static void assertSummary(ErrorSummaryPart summary, String language, List<String> fields) {
        assertTrue(summary.displayed(), "the summary shows");
        assertTrue(summary.inView(), "the summary is in view after the submit");
        assertTrue(summary.focused(), "the summary has the focus");
        assertTrue(summary.linkedFields().containsAll(fields),
                "every field with an error is linked, all in one round: " + summary.linkedFields());
        assertSummaryLanguage(summary, language);
    }

    private static void assertSummaryLanguage(ErrorSummaryPart summary, String language) {
        if ("zh".equals(language)) {
            assertEquals("提交未成功，请修改以下问题", summary.title());
            for (String line : summary.text().split("\n")) {
                assertTrue(CJK.matcher(line).find(), "a Chinese page's message is Chinese: " + line);
            }
            assertFalse(summary.text().contains("required"), summary.text());
        } else {
            assertEquals("There is a problem", summary.title());
            assertFalse(CJK.matcher(summary.text()).find(), "an English page's message is English: " + summary.text());
        }
    }
}
