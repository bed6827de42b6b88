package coop.harvest.market;

import static coop.harvest.market.MarketServer.at;
import static coop.harvest.market.MarketServer.insertListing;
import static coop.harvest.market.MarketServer.insertOrder;
import static coop.harvest.market.MarketServer.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.Browser;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import jakarta.json.Json;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** A visitor reads the market page with its price chart, and the home page's statistics, in both languages. */
class MarketBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser("zh-CN");

    private final MarketServer server = MarketServer.get();

    @Test
    void theMarketPageDrawsAPriceChartForATradedProduct() throws Exception {
        String code = Fixtures.unique("tea").toLowerCase().replaceAll("[^a-z0-9-]", "");
        String name = "碣滩茶 " + code;
        assertEquals(201, Fixtures.staff(server.api()).api().post("/api/products", Json.createObjectBuilder()
                .add("code", code).add("nameZh", name).add("nameEn", "Jietan tea " + code).add("unit", "kg")
                .build()).status());
        TestAccount coop = Fixtures.cooperative(server.api());
        TestAccount buyer = Fixtures.buyer(server.api());
        long listing = insertListing(coop.cooperativeId(), code, "沅陵县", "320.00", "100", "ACTIVE",
                today().plusDays(20));
        for (int daysAgo = 3; daysAgo >= 1; daysAgo--) {
            LocalDate day = today().minusDays(daysAgo);
            insertOrder(listing, buyer.id(), coop.cooperativeId(), code, Integer.toString(daysAgo * 5),
                    (300 + daysAgo) + ".00", "COMPLETED", at(day, 8, 0), at(day, 9, 0));
        }

        browser.open(server.baseUrl() + "/market.xhtml");
        browser.waitForText(By.id("market-title"), "市场行情");
        WebElement canvas = browser.waitFor(By.cssSelector("#price-" + code + " canvas"));
        Object points = ((JavascriptExecutor) browser.driver()).executeScript(
                "var chart = Chart.getChart(arguments[0]); return chart ? chart.data.datasets[0].data.length : -1;",
                canvas);
        assertEquals(3L, points, "Chart.js drew three market days on the canvas");
        assertEquals("img", canvas.getAttribute("role"));
        assertTrue(canvas.getAttribute("aria-label").contains(name), canvas.getAttribute("aria-label"));
        assertEquals(3, browser.driver().findElements(By.cssSelector("#numbers-" + code + " tbody tr")).size(),
                "the same numbers as a table");
        assertTrue(browser.text(By.id("summary")).contains(name), "the summary lists the product");
        browser.assertNoConsoleErrors();

        browser.click(By.id("prefs:lang-en"));
        browser.waitForText(By.id("market-title"), "Market prices");
        browser.waitFor(By.cssSelector("#price-" + code + " canvas"));
        assertTrue(browser.driver().findElement(By.id("summary")).getText().contains("Jietan tea " + code));
        browser.assertNoConsoleErrors();
    }

    @Test
    void aSignedInBuyerDownloadsItsOrdersFromTheMarketPage() throws Exception {
        TestAccount coop = Fixtures.cooperative(server.api());
        TestAccount buyer = Fixtures.buyer(server.api());
        long listing = insertListing(coop.cooperativeId(), "rice", "会同县", "3.60", "100", "ACTIVE",
                today().plusDays(20));
        long order = insertOrder(listing, buyer.id(), coop.cooperativeId(), "rice", "40", "3.60", "CONFIRMED",
                at(today(), 0, 1), at(today(), 0, 2));

        browser.open(server.baseUrl() + "/login.xhtml");
        browser.type(By.id("login:username"), buyer.username());
        browser.type(By.id("login:password"), Fixtures.PASSWORD);
        browser.click(By.id("login:submit"));
        browser.waitFor(By.id("account:logout"));
        browser.open(server.baseUrl() + "/market.xhtml");
        browser.waitFor(By.id("export-form:export-submit"));
        browser.waitFor(By.id("export-form:from_input"));
        browser.waitFor(By.id("export-form:to_input"));
        // the form's download, fetched with the page's session cookie
        Object csv = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch('/api/exports/orders.csv?to=' + arguments[0]).then(r => r.text()"
                        + ".then(t => done(r.status + ' ' + r.headers.get('Content-Type') + '\\n' + t)));",
                today().toString());
        assertTrue(csv.toString().startsWith("200 text/csv"), csv.toString());
        // every cell is quoted (formula characters are neutralised in quoted cells too)
        assertTrue(csv.toString().contains("\n\"" + order + "\","), csv.toString());
        browser.assertNoConsoleErrors();
    }

    @Test
    void theHomePageShowsTheMarketStatistics() {
        browser.open(server.baseUrl() + "/");
        WebElement stats = browser.waitFor(By.id("home-stats"));
        assertTrue(stats.getText().contains("注册合作社"), stats.getText());
        assertTrue(browser.driver().findElement(By.id("stat-completed")).getText().matches("(?s)\\d+.*"));
        browser.click(By.id("stats-more"));
        browser.waitForText(By.id("market-title"), "市场行情");
        browser.assertNoConsoleErrors();
    }
}
