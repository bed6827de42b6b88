package coop.harvest.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Browser;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
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
}
