package coop.harvest.listings;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.Browser;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A cooperative offers honeysuckle through its dashboard form; a visitor finds it by searching in Chinese. */
class ListingsBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser("zh-CN");

    private final String base = HarvestServer.shared().baseUrl();

    @Test
    void cooperativeCreatesAListingThatAVisitorFindsInChinese() {
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(HarvestServer.shared().api());
        String word = "头茬" + Fixtures.unique("花").replace("-", "");
        browser.open(base + "/login.xhtml");
        browser.type(By.id("login:username"), coop.username());
        browser.type(By.id("login:password"), Fixtures.PASSWORD);
        browser.click(By.id("login:submit"));
        browser.waitForText(By.id("dashboard-title"), "我的合作社");

        new Select(browser.waitFor(By.id("listingForm:product"))).selectByValue("honeysuckle");
        new Select(browser.waitFor(By.id("listingForm:grade"))).selectByValue("PREMIUM");
        new Select(browser.waitFor(By.id("listingForm:county"))).selectByValue("溆浦县");
        browser.type(By.id("listingForm:quantity"), "0");
        browser.type(By.id("listingForm:minOrderQuantity"), "10");
        browser.type(By.id("listingForm:unitPrice"), "88.5");
        browser.type(By.id("listingForm:description"), "<script>alert(1)</script> " + word + " 金银花");
        browser.click(By.id("listingForm:save"));
        browser.waitForText(By.id("listingForm"), "数量须大于 0");

        browser.type(By.id("listingForm:quantity"), "1600");
        browser.click(By.id("listingForm:save"));
        browser.waitForText(By.id("my-listings"), word);
        browser.waitForText(By.id("my-listings"), "在售");
        browser.assertNoConsoleErrors();

        browser.driver().manage().deleteAllCookies();
        browser.open(base + "/");
        browser.type(By.id("search:q"), word);
        browser.click(By.id("search:submit"));
        browser.waitForText(By.id("listing-results"), word);
        assertTrue(browser.driver().findElement(By.id("listing-results")).getText().contains("¥88.50"));
        assertTrue(browser.driver().getPageSource().contains("&lt;script&gt;"), "the description is escaped");
        browser.click(By.cssSelector("#listing-results a.listing-link"));
        browser.waitForText(By.id("listing-description"), word);
        assertFalse(browser.driver().getPageSource().contains("<script>alert(1)</script>"));
        browser.assertNoConsoleErrors();
    }
}
