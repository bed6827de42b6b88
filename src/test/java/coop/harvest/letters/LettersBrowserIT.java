package coop.harvest.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Browser;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A visitor without an account writes to the bureau on a phone-sized screen in Chinese, keeps the tracking number
 * and code, and follows the letter while staff answer and publish it; the visitor then says it is settled. And a
 * reader browses the bureau's news and one post in English on a wide screen. Axe checks every page.
 */
class LettersBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser("zh-CN");

    @RegisterExtension
    final Browser english = new Browser("en");

    private final HarvestServer server = HarvestServer.shared();
    private final String base = server.baseUrl();

    @Test
    void aVisitorWritesAndFollowsALetterWhileStaffAnswerIt() {
        browser.viewport(360, 800);
        browser.open(base + "/letters.xhtml");
        browser.waitForText(By.tagName("h1"), "局长信箱");
        browser.assertAccessible("letters page (zh, 360 px)");
        browser.fullPageScreenshot("letters-zh-360", 360);

        browser.click(By.id("write:send"));
        browser.waitForText(By.cssSelector("#write .field-error"), "请");
        browser.assertAccessible("letters page with field errors");

        browser.type(By.id("write:subject"), "村里的猕猴桃订单 <b>价格</b>");
        browser.type(By.id("write:body"), "合作社说今年的订单价格按保底价收购，请问保底价是怎么定的？");
        browser.type(By.id("write:name"), "滕桂兰");
        browser.type(By.id("write:phone"), "13974512345");
        browser.click(By.id("write:send"));
        browser.waitFor(By.id("letter-receipt"));
        String number = browser.text(By.id("receipt-number"));
        String code = browser.text(By.id("receipt-code"));
        assertTrue(number.matches("HX\\d{4}-\\d{6}"), number);
        assertTrue(code.length() >= 8, code);
        assertEquals(0, browser.horizontalOverflow(), "nothing wider than the phone");
        browser.assertAccessible("letters page with the receipt");
        browser.fullPageScreenshot("letters-zh-360-receipt", 360);
        browser.assertNoConsoleErrors();

        browser.type(By.id("track:number"), number);
        browser.type(By.id("track:code"), code);
        browser.click(By.id("track:follow"));
        browser.waitForText(By.id("tracked-status"), "已收到");
        assertTrue(browser.text(By.id("tracked-subject")).contains("<b>价格</b>"), "what the writer typed shows as text");

        long id = letterId(number);
        browser.driver().manage().deleteAllCookies();
        browser.open(base + "/login.xhtml");
        browser.type(By.id("login:username"), HarvestServer.ADMIN_USERNAME);
        browser.type(By.id("login:password"), HarvestServer.ADMIN_PASSWORD);
        browser.click(By.id("login:submit"));
        browser.waitFor(By.id("nav-dashboard"));
        browser.open(base + "/staff/letters.xhtml?overdue=false");
        browser.waitFor(By.id("staff-letters-title"));
        browser.assertAccessible("staff letters queue (zh, 360 px)");
        browser.open(base + "/staff/letters.xhtml?id=" + id);
        browser.waitForText(By.id("letter-heading"), number);
        assertTrue(browser.text(By.id("letter-detail")).contains("13974512345"), "staff see the phone");
        browser.click(By.id("letter:assign"));
        browser.waitForText(By.id("letter-status"), "办理中");
        browser.type(By.id("letter:text"), "保底价由合作社与收购企业在合同中约定，市场价高于保底价时按市场价收购。");
        browser.click(By.id("letter:send-answer"));
        browser.waitForText(By.id("letter-status"), "已答复");
        browser.assertAccessible("staff letter answered");
        browser.fullPageScreenshot("staff-letters-zh-360", 360);
        browser.assertNoConsoleErrors();

        browser.driver().manage().deleteAllCookies();
        browser.open(base + "/letters.xhtml");
        browser.type(By.id("track:number"), number);
        browser.type(By.id("track:code"), "WRONG" + code.substring(5));
        browser.click(By.id("track:follow"));
        // a wrong code is an error of the whole form: its error summary says so
        browser.waitForText(By.cssSelector("#track .error-summary"), "没有找到");
        browser.type(By.id("track:code"), code);
        browser.click(By.id("track:follow"));
        browser.waitForText(By.id("tracked-status"), "已答复");
        assertTrue(browser.text(By.id("tracked-answer")).contains("保底价由合作社"));
        browser.assertAccessible("a tracked, answered letter");
        browser.fullPageScreenshot("letters-zh-360-answered", 360);
        browser.click(By.id("track:settled"));
        browser.waitForText(By.id("tracked-status"), "已办结");
        assertTrue(browser.text(By.id("published-letters")).contains("村里的猕猴桃订单"), "the answer is published");
        assertFalse(browser.text(By.id("published-letters")).contains("滕桂兰"), "never the writer's name");
        assertFalse(browser.text(By.id("published-letters")).contains("13974512345"), "never the phone");
        browser.assertAccessible("letter settled");
        browser.assertNoConsoleErrors();
    }

    @Test
    void staffPublishAPostAndAReaderBrowsesItInEnglish() {
        String title = "Order farming contracts open for " + Fixtures.unique("season");
        english.viewport(1280, 900);
        english.open(base + "/login.xhtml");
        english.type(By.id("login:username"), HarvestServer.ADMIN_USERNAME);
        english.type(By.id("login:password"), HarvestServer.ADMIN_PASSWORD);
        english.click(By.id("login:submit"));
        english.waitFor(By.id("nav-dashboard"));
        english.open(base + "/staff/posts.xhtml");
        english.waitFor(By.id("staff-posts-title"));
        new org.openqa.selenium.support.ui.Select(english.waitFor(By.id("post:kind"))).selectByValue("POLICY");
        new org.openqa.selenium.support.ui.Select(english.waitFor(By.id("post:lang"))).selectByValue("en");
        english.type(By.id("post:title"), title);
        english.type(By.id("post:body"), "Cooperatives may sign **order farming** contracts.\n\n- floor price\n"
                + "- delivery calendar\n\nSee [the ministry](https://www.moa.gov.cn/) and [this](javascript:alert(1))."
                + " <script>alert(1)</script>");
        english.click(By.id("post:preview"));
        english.waitFor(By.id("post-preview"));
        assertTrue(english.text(By.id("post-preview")).contains("<script>alert(1)</script>"), "raw HTML as text");
        english.assertAccessible("staff posts with a preview (en, 1280 px)");
        english.fullPageScreenshot("staff-posts-en-1280", 1280);
        english.click(By.id("post:save"));
        english.waitForText(By.id("growl_container"), title);
        english.assertNoConsoleErrors();

        english.driver().manage().deleteAllCookies();
        english.open(base + "/index.xhtml");
        english.waitForText(By.id("latest-posts"), title);
        english.open(base + "/news.xhtml");
        english.waitForText(By.tagName("h1"), "Bureau news");
        english.waitForText(By.id("post-list"), title);
        english.assertAccessible("news (en, 1280 px)");
        english.fullPageScreenshot("news-en-1280", 1280);
        english.click(By.id("kind-POLICY"));
        english.waitForText(By.id("post-list"), title);
        english.click(By.linkText(title));
        english.waitForText(By.id("post-title"), title);
        assertTrue(english.text(By.id("post-body")).contains("<script>alert(1)</script>"), "raw HTML shows as text");
        assertEquals(1, english.driver().findElements(By.cssSelector("#post-body a")).size(), "only the web link");
        assertEquals("https://www.moa.gov.cn/", english.attribute(By.cssSelector("#post-body a"), "href"));
        english.assertAccessible("a post (en, 1280 px)");
        english.fullPageScreenshot("post-en-1280", 1280);
        english.assertNoConsoleErrors();
    }

    private long letterId(String number) {
        ApiClient staff = Fixtures.staff(server.api()).api();
        return staff.get("/api/letters?status=RECEIVED&size=100").object().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(o -> o.getString("trackingNumber").equals(number))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
