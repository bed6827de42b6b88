package coop.harvest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Browser;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import coop.harvest.it.Trades;
import coop.harvest.web.pages.SignInPage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Walks the main pages (public, and each role's) in Chinese and in English and fails when a page shows a message key
 * instead of its text ({@code listing.error.quantity}, {@code ???key???}) or words of the other language: English
 * sentences ("is required", "Bureau administrator") on a Chinese page, Chinese in an English page's own texts
 * (headings, labels, buttons, table headers, messages; names and what users typed may be in any language). A buyer
 * opening a staff page gets the site's own "not allowed" page, never the container's.
 */
class PageLanguageIT {

    /** Looks like a bundle key: two or more dotted parts, the first of two letters at least (not "e.g"). */
    private static final Pattern KEY_TOKEN = Pattern.compile("^[a-z]{2,}(\\.[a-zA-Z0-9_]{2,})+$");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Set<String> NOT_KEYS = Set.of("com", "org", "cn", "net", "xhtml", "csv", "atom", "json", "pdf",
            "jpg", "png", "txt");
    private static final List<String> ENGLISH_ON_CHINESE = List.of("is required", "Bureau administrator", "must be ",
            "HTTP Status", "There is a problem", "Payara", "not configured", "unreachable", "reconnecting");
    /** The texts a page writes itself (not data): read with their own lang, so the language switch is left out. */
    private static final String OWN_TEXTS = "h1, label, legend, th, button, .button, nav a, .field-error, "
            + ".messages li, .error-summary, .empty, .hint, .ui-column-title";

    @RegisterExtension
    final Browser chinese = new Browser("zh-CN");

    @RegisterExtension
    final Browser english = new Browser("en");

    private final String base = HarvestServer.shared().baseUrl();
    private final ApiClient api = HarvestServer.shared().api();

    static final List<String> PUBLIC = List.of("/", "/market.xhtml", "/news.xhtml", "/letters.xhtml",
            "/questions.xhtml", "/login.xhtml", "/register.xhtml", "/certificate.xhtml", "/no-such-page.xhtml");
    static final List<String> COOPERATIVE = List.of("/coop/", "/coop/orders.xhtml", "/coop/certificates.xhtml",
            "/notifications.xhtml", "/subscriptions.xhtml");
    static final List<String> BUYER = List.of("/buyer/", "/buyer/orders.xhtml", "/notifications.xhtml");
    static final List<String> STAFF = List.of("/staff/", "/staff/audit.xhtml", "/staff/cooperatives.xhtml",
            "/staff/listings.xhtml", "/staff/demands.xhtml", "/staff/letters.xhtml", "/staff/posts.xhtml",
            "/staff/certificates.xhtml", "/staff/trades.xhtml", "/staff/consultation.xhtml", "/staff/outbox.xhtml");

    @Test
    void noPageShowsAKeyOrTheOtherLanguage() throws IOException {
        Set<String> keys = bundleKeys();
        Fixtures.TestAccount coop = Fixtures.uncertifiedCooperative(api);
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        List<String> problems = new ArrayList<>();
        for (Browser browser : List.of(chinese, english)) {
            String language = browser == chinese ? "zh" : "en";
            crawl(browser, language, PUBLIC, keys, problems);
            new SignInPage(browser, base).open().signIn(coop.username(), Fixtures.PASSWORD);
            crawl(browser, language, COOPERATIVE, keys, problems);
            browser.driver().manage().deleteAllCookies();
            new SignInPage(browser, base).open().signIn(buyer.username(), Fixtures.PASSWORD);
            crawl(browser, language, BUYER, keys, problems);

            // a buyer on a staff page: the site's own page, in the visitor's language, naming no server
            browser.open(base + "/staff/");
            browser.waitFor(By.id("error-title"));
            String forbidden = browser.text(By.tagName("body"));
            assertFalse(forbidden.contains("HTTP Status") || forbidden.contains("Payara"), forbidden);
            assertEquals("zh".equals(language), CJK.matcher(browser.text(By.id("error-text"))).find(), forbidden);
            check(browser, language, "/staff/ (as a buyer)", keys, problems);
            browser.driver().manage().deleteAllCookies();

            new SignInPage(browser, base).open().signIn(HarvestServer.ADMIN_USERNAME, HarvestServer.ADMIN_PASSWORD);
            crawl(browser, language, STAFF, keys, problems);
            browser.driver().manage().deleteAllCookies();
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theLanguageAndThemeSwitchesKeepTheSearch() {
        chinese.open(base + "/?q=%E8%91%A1%E8%90%84&sort=price");
        chinese.waitFor(By.id("prefs:lang-en"));
        chinese.click(By.id("prefs:lang-en"));
        chinese.waitFor(By.id("prefs:lang-zh"));
        String url = chinese.driver().getCurrentUrl();
        assertTrue(url.contains("q=%E8%91%A1%E8%90%84") && url.contains("sort=price"), url);
        chinese.click(By.cssSelector("[data-theme='high-contrast']"));
        chinese.waitFor(By.cssSelector("body.theme-high-contrast"));
        url = chinese.driver().getCurrentUrl();
        assertTrue(url.contains("q=%E8%91%A1%E8%90%84") && url.contains("sort=price"), url);
        chinese.driver().manage().deleteAllCookies();
    }

    @Test
    void notificationsAreWrittenInTheReadersLanguageWhenRead() {
        String product = Trades.product(api, "测试碣滩茶", "Test Jietan tea");
        Fixtures.TestAccount coop = Fixtures.uncertifiedCooperative(api);
        long listing = Trades.id(Trades.listing(coop, product, "80", "100", "明前茶"));
        ApiClient.Response rejected = Fixtures.staff(api).api().post("/api/moderation/listings/" + listing + "/reject",
                "{\"reason\":\"图片不清楚。\"}");
        assertEquals(200, rejected.status(), rejected::toString);
        String zh = message(coop.api().withHeader("Accept-Language", "zh-CN"), listing);
        String en = message(coop.api().withHeader("Accept-Language", "en"), listing);
        // the test catalogue's names end with the code ("测试碣滩茶 p-3-x"): the name is shown, never the bare code
        assertTrue(zh.contains("（测试碣滩茶 " + product + "）") && !zh.contains("。。"), zh);
        assertTrue(en.contains("Test Jietan tea") && en.contains("rejected"), en);
    }

    private static String message(ApiClient reader, long listing) {
        ApiClient.Response mine = reader.get("/api/notifications");
        assertEquals(200, mine.status(), mine::toString);
        return mine.object().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(n -> n.getString("message")).filter(m -> m.contains("#" + listing)).findFirst()
                .orElseThrow(() -> new AssertionError(mine.body()));
    }

    private void crawl(Browser browser, String language, List<String> paths, Set<String> keys, List<String> problems) {
        for (String path : paths) {
            browser.open(base + path);
            browser.waitFor(By.id("main"));
            check(browser, language, path, keys, problems);
        }
    }

    private static void check(Browser browser, String language, String path, Set<String> keys, List<String> problems) {
        String text = browser.text(By.tagName("body"));
        String where = language + " " + path + ": ";
        if (text.contains("???")) {
            problems.add(where + "a missing key (???)");
        }
        for (String token : text.split("[\\s，。：；、（）()“”\"'·|/]+")) {
            String bare = token.replaceAll("^[^a-z]+|[^a-zA-Z0-9]+$", "");
            if (keys.contains(bare) || KEY_TOKEN.matcher(bare).matches()
                    && !NOT_KEYS.contains(bare.substring(bare.lastIndexOf('.') + 1))) {
                problems.add(where + "a message key in the text: " + bare);
            }
        }
        if ("zh".equals(language)) {
            ENGLISH_ON_CHINESE.stream().filter(text::contains)
                    .forEach(english -> problems.add(where + "English on a Chinese page: " + english));
        } else {
            for (String own : ownTexts(browser)) {
                if (CJK.matcher(own).find()) {
                    problems.add(where + "Chinese in an English page's own text: " + own);
                }
            }
        }
    }

    /** The visible texts of the page's own elements, leaving out those marked as another language. */
    @SuppressWarnings("unchecked")
    private static List<String> ownTexts(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var page = document.documentElement.lang || 'en';"
                        + "return Array.from(document.querySelectorAll(arguments[0])).filter(function (e) {"
                        + "  var marked = e.closest('[lang]');"
                        + "  return e.offsetParent !== null && (!marked || marked.lang === page)"
                        + "    && !e.closest('td, .whoami, .description, .card-title, option');"
                        + "}).map(function (e) { return e.innerText.trim(); }).filter(function (t) { return t; });",
                OWN_TEXTS);
    }

    private static Set<String> bundleKeys() throws IOException {
        Properties en = new Properties();
        try (InputStream in = PageLanguageIT.class.getResourceAsStream("/coop/harvest/web/messages_en.properties")) {
            en.load(in);
        }
        return en.stringPropertyNames().stream().filter(k -> k.contains(".")).collect(Collectors.toSet());
    }
}
