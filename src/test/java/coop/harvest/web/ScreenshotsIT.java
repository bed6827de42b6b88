package coop.harvest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Axe;
import coop.harvest.it.Browser;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import coop.harvest.it.Trades;
import coop.harvest.web.pages.SignInPage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Full-page screenshots of the pages people judge the marketplace by — home, a listing, the cooperative dashboard
 * and the staff queue — with data on them, at 360 px and 1280 px in both languages, saved as
 * target/screenshots/pages/&lt;name&gt;-&lt;lang&gt;-&lt;width&gt;.png for people to look at. Each page must fit
 * its width (nothing sticks out sideways), log no console error and pass axe-core.
 */
class ScreenshotsIT {

    static final int[] WIDTHS = {360, 1280};

    private static final ApiClient API = HarvestServer.shared().api();
    private static TestAccount coop;
    private static long listingId;

    @RegisterExtension
    final Browser chinese = new Browser("zh-CN");

    @RegisterExtension
    final Browser english = new Browser("en-US");

    private final String base = HarvestServer.shared().baseUrl();

    /** A verified cooperative with listings and orders in several states, and pending items for the staff queue. */
    @BeforeAll
    static void marketWithData() {
        String product = Trades.product(API, "测试金银花", "Test honeysuckle");
        coop = Fixtures.verifiedCooperative(API);
        listingId = Trades.id(Trades.listing(coop, product, "1288.5", "12500.5",
                "溆浦县龙潭镇山地种植的头茬金银花，花蕾饱满，日晒烘干，按 5 公斤一袋真空包装；"
                        + "Sun-dried first-flush honeysuckle buds from the Longtan hills, vacuum-packed in 5 kg bags."));
        Trades.listing(coop, product, "36.8", "800", "二茬金银花");
        TestAccount buyer = Fixtures.buyer(API);
        Trades.order(buyer, listingId, "20");
        long confirmed = Trades.id(Trades.order(buyer, listingId, "1250.125"));
        Trades.act(coop, confirmed, "confirm");

        TestAccount waiting = Fixtures.cooperative(API);
        Trades.listing(waiting, product, "19.9", "300",
                "待审核：会同县有机金银花，附有机产品认证证书编号 ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    }

    @Test
    void pagesInChinese() {
        assertEquals(List.of(), shootAll(chinese, "zh"));
    }

    @Test
    void pagesInEnglish() {
        assertEquals(List.of(), shootAll(english, "en"));
    }

    /** Every page at every width; the problems found, each prefixed with where. */
    private List<String> shootAll(Browser on, String lang) {
        List<String> problems = new ArrayList<>();
        shoot(on, lang, "home", "/", problems);
        shoot(on, lang, "listing", "/listing.xhtml?id=" + listingId, problems);

        new SignInPage(on, base).open().signIn(coop.username(), Fixtures.PASSWORD);
        shoot(on, lang, "coop-dashboard", "/coop/", problems);
        shoot(on, lang, "coop-orders", "/coop/orders.xhtml", problems);
        on.click(By.id("account:logout"));
        on.waitFor(By.id("login-link"));

        new SignInPage(on, base).open().signIn(HarvestServer.ADMIN_USERNAME, HarvestServer.ADMIN_PASSWORD);
        shoot(on, lang, "staff-queue", "/staff/", problems);
        return problems;
    }

    private void shoot(Browser on, String lang, String name, String path, List<String> problems) {
        for (int width : WIDTHS) {
            String where = name + " @" + width + "px " + lang + ": ";
            on.viewport(width, 800);
            on.open(base + path);
            on.waitFor(By.id("main"));
            int overflow = on.horizontalOverflow();
            if (overflow > 1) {
                problems.add(where + "the page is " + overflow + "px wider than the screen");
            }
            Axe.check(on.driver(), Axe.WCAG_AA).forEach(p -> problems.add(where + p));
            on.consoleErrors().forEach(e -> problems.add(where + "console: " + e));
            on.fullPageScreenshot("pages", name + "-" + lang + "-" + width, width);
        }
    }
}
