package coop.harvest.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Browser;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import coop.harvest.web.pages.HomePage;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The cooperative's listings are a paged table (paged in the database): more listings than a page, page 2 shows the
 * older ones; the table stays accessible stacked on a 360 px phone in the high-contrast theme.
 */
class PagedListingsBrowserIT {

    private static final int PAGE = 10;

    @RegisterExtension
    final Browser browser = new Browser("zh-CN");

    private final HarvestServer server = HarvestServer.shared();

    @Test
    void theSecondPageShowsTheNextListings() {
        Fixtures.TestAccount coop = Fixtures.cooperative(server.api());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (int i = 0; i < PAGE + 2; i++) {
            ApiClient.Response created = coop.api().post("/api/listings", Json.createObjectBuilder()
                    .add("product", "kiwi").add("grade", "FIRST").add("certifications", Json.createArrayBuilder())
                    .add("quantity", new BigDecimal("100")).add("minOrderQuantity", new BigDecimal("10"))
                    .add("unitPrice", new BigDecimal("12.00")).add("county", "鹤城区")
                    .add("availableFrom", today.toString()).add("availableUntil", today.plusDays(30).toString())
                    .add("description", "第" + i + "批猕猴桃 batch-" + i).build());
            assertEquals(201, created.status(), created::toString);
        }

        browser.open(server.baseUrl() + "/login.xhtml");
        browser.type(By.id("login:username"), coop.username());
        browser.type(By.id("login:password"), Fixtures.PASSWORD);
        browser.click(By.id("login:submit"));
        browser.waitForText(By.id("dashboard-title"), "我的合作社");
        browser.waitFor(By.cssSelector("#my-listings .my-listing"));
        assertEquals(PAGE, browser.driver().findElements(By.cssSelector("#my-listings .my-listing")).size());
        String first = browser.text(By.id("my-listings"));
        assertTrue(first.contains("batch-11") && !first.contains("batch-1 "), "newest first on page 1");
        browser.assertAccessible("cooperative dashboard, page 1");

        browser.click(By.cssSelector("#my-listings .ui-paginator-next"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d ->
                d.findElements(By.cssSelector("#my-listings .my-listing")).size() == 2);
        String second = browser.text(By.id("my-listings"));
        assertTrue(second.contains("batch-0") && second.contains("batch-1") && !second.contains("batch-11"), second);
        browser.assertAccessible("cooperative dashboard, page 2");
        browser.assertNoConsoleErrors();

        // the same table stacked on a phone in the high-contrast theme
        browser.click(By.cssSelector("[data-theme='high-contrast']"));
        browser.waitFor(By.cssSelector("body.theme-high-contrast"));
        browser.viewport(360, 800);
        browser.waitFor(By.cssSelector("#my-listings .my-listing"));
        browser.assertAccessible("cooperative dashboard, high contrast @360px");
        browser.assertNoConsoleErrors();
    }

    @Test
    void theHomePagePagesThroughWhatIsOnSaleAndLeavesSoldOutListingsOut() {
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(server.api());
        String word = "pager" + Long.toString(System.nanoTime(), 36);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long soldOut = 0;
        // 26 on sale (a full home page of 24 and 2 more) and one that a buyer then buys up; priced above every
        // other test's demand, so that nothing else matches them
        for (int i = 0; i < 27; i++) {
            ApiClient.Response created = coop.api().post("/api/listings", Json.createObjectBuilder()
                    .add("product", "rice").add("grade", "FIRST").add("certifications", Json.createArrayBuilder())
                    .add("quantity", new BigDecimal("10")).add("minOrderQuantity", new BigDecimal("10"))
                    .add("unitPrice", new BigDecimal("987.00")).add("county", "鹤城区")
                    .add("availableFrom", today.toString()).add("availableUntil", today.plusDays(30).toString())
                    .add("description", word + " lot " + i).build());
            assertEquals(201, created.status(), created::toString);
            soldOut = created.object().getJsonNumber("id").longValue();
        }
        Fixtures.TestAccount buyer = Fixtures.buyer(server.api());
        ApiClient.Response bought = buyer.api().post("/api/orders", Json.createObjectBuilder()
                .add("listingId", soldOut).add("quantity", new BigDecimal("10")).build());
        assertEquals(201, bought.status(), bought::toString);

        HomePage home = new HomePage(browser, server.baseUrl()).open().search(word, null, null);
        assertEquals(26, home.total(), "the sold-out listing is not on offer");
        assertEquals(24, home.cardsShown());
        assertEquals("第 1 页，共 2 页", home.pagePosition());
        assertFalse(home.hasPreviousPage());
        browser.assertAccessible("home page with a pager");

        home.nextPage();
        assertEquals("第 2 页，共 2 页", home.pagePosition());
        assertEquals(2, home.cardsShown());
        assertTrue(home.hasPreviousPage() && !home.hasNextPage());
        assertTrue(browser.driver().getCurrentUrl().contains("q=" + word), "the next page keeps the search");
        assertFalse(home.results().contains(word + " lot 26"), "sold out: " + home.results());

        // a bookmarked address past the end shows the last page, not an empty one
        home.openAt("/?q=" + word + "&page=9");
        assertEquals("第 2 页，共 2 页", home.pagePosition());
        assertEquals(2, home.cardsShown());
        browser.assertNoConsoleErrors();
    }
}
