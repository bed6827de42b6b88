package coop.harvest.market;

import static coop.harvest.market.MarketServer.at;
import static coop.harvest.market.MarketServer.insertDemand;
import static coop.harvest.market.MarketServer.insertListing;
import static coop.harvest.market.MarketServer.insertOrder;
import static coop.harvest.market.MarketServer.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.Browser;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The public pages on a 360 px phone in Chinese (and on a 1280 px screen in English): a one-line header whose menu
 * opens without script, the search results within the first screen with the filters folded away, every stacked
 * value of the market table labelled, and the open demands paged with bookmarkable addresses.
 */
class PhoneLayoutBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser("zh-CN");

    private final MarketServer server = MarketServer.get();

    @Test
    void onAPhoneTheHeaderIsOneLineAndTheResultsComeBeforeTheFilters() throws Exception {
        String code = product();
        TestAccount coop = Fixtures.cooperative(server.api());
        insertListing(coop.cooperativeId(), code, "沅陵县", "12.00", "100", "ACTIVE", today().plusDays(20));
        browser.viewport(360, 740);
        browser.open(server.baseUrl() + "/");
        WebElement header = browser.waitFor(By.cssSelector("header.site-header"));
        assertTrue(header.getRect().getHeight() <= 110, "header height " + header.getRect().getHeight() + " px");
        WebElement brand = browser.driver().findElement(By.id("brand"));
        WebElement menu = browser.driver().findElement(By.id("menu-button"));
        assertTrue(Math.abs(brand.getRect().getY() - menu.getRect().getY()) < 24, "brand and menu share one line");
        assertFalse(browser.driver().findElement(By.id("nav-market")).isDisplayed(), "the links wait in the menu");
        browser.fullPageScreenshot("pages", "home-zh-360", 360);

        WebElement results = browser.driver().findElement(By.id("listings-heading"));
        WebElement filters = browser.driver().findElement(By.id("search:product"));
        assertFalse(filters.isDisplayed(), "the filters are folded away");
        assertTrue(results.getRect().getY() < 740, "the results start within the first screen: y = "
                + results.getRect().getY());

        // the menu opens without any script: the summary of a <details>
        menu.click();
        WebElement market = browser.waitFor(By.id("nav-market"));
        List<WebElement> links = browser.driver().findElements(By.cssSelector(".site-nav a"));
        for (WebElement link : links) {
            assertTrue(link.getRect().getHeight() < 60, "a menu link stays on one line: " + link.getText());
        }
        browser.fullPageScreenshot("pages", "home-zh-360-menu", 360);
        market.click();
        browser.waitForText(By.id("market-title"), "市场行情");
        browser.assertNoConsoleErrors();
    }

    @Test
    void everyStackedValueOfTheMarketTableHasAVisibleLabel() throws Exception {
        String code = product();
        TestAccount coop = Fixtures.cooperative(server.api());
        TestAccount buyer = Fixtures.buyer(server.api());
        long listing = insertListing(coop.cooperativeId(), code, "沅陵县", "30.00", "100", "ACTIVE",
                today().plusDays(20));
        insertOrder(listing, buyer.id(), coop.cooperativeId(), code, "10", "29.00", "COMPLETED",
                at(today().minusDays(1), 8, 0), at(today().minusDays(1), 9, 0));
        browser.viewport(360, 740);
        browser.open(server.baseUrl() + "/market.xhtml");
        browser.waitFor(By.id("summary"));
        List<WebElement> cells = browser.driver().findElements(
                By.cssSelector("#summary tbody td, #summary tbody th, table.data[id^=numbers-] tbody td"));
        assertFalse(cells.isEmpty());
        for (WebElement cell : cells) {
            String label = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                    "var s = getComputedStyle(arguments[0], '::before');"
                            + "return s.display === 'none' || s.visibility === 'hidden' ? '' : s.content;", cell);
            assertTrue(label != null && label.length() > 2 && !"none".equals(label),
                    "a stacked value without a label: " + cell.getText());
        }
        browser.fullPageScreenshot("pages", "market-zh-360", 360);
        browser.assertNoConsoleErrors();
    }

    @Test
    void theOpenDemandsArePagedWithBookmarkableAddresses() throws Exception {
        String code = product();
        TestAccount buyer = Fixtures.buyer(server.api());
        for (int i = 0; i < 23; i++) {
            insertDemand(buyer.id(), code, "鹤城区", "9.00", "OPEN");
        }
        browser.viewport(1280, 900);
        browser.open(server.baseUrl() + "/?product=" + code);
        assertEquals(20, browser.driver().findElements(By.cssSelector("#demand-results tbody tr")).size());
        assertTrue(browser.text(By.id("demand-pager-position")).contains("1"));
        browser.click(By.id("demand-pager-next"));
        browser.waitFor(By.id("demand-pager-previous"));
        assertTrue(browser.driver().getCurrentUrl().contains("demandPage=2"), browser.driver().getCurrentUrl());
        assertTrue(browser.driver().getCurrentUrl().contains("product=" + code), "the search is kept");
        assertEquals(3, browser.driver().findElements(By.cssSelector("#demand-results tbody tr")).size());
        // the address is the page: opened again, it shows the same page
        browser.open(browser.driver().getCurrentUrl());
        assertEquals(3, browser.driver().findElements(By.cssSelector("#demand-results tbody tr")).size());
        browser.click(By.id("prefs:lang-en"));
        browser.waitForText(By.id("demands-heading"), "Buyers are looking for");
        browser.fullPageScreenshot("pages", "home-en-1280", 1280);
        browser.assertNoConsoleErrors();
    }

    /** A product of its own, so that other tests' listings and demands stay out of this test's pages. */
    private String product() {
        String code = Fixtures.unique("pl").toLowerCase().replaceAll("[^a-z0-9-]", "");
        assertEquals(201, Fixtures.staff(server.api()).api().post("/api/products", Json.createObjectBuilder()
                .add("code", code).add("nameZh", "杨梅 " + code).add("nameEn", "Bayberry " + code).add("unit", "kg")
                .build()).status());
        return code;
    }
}
