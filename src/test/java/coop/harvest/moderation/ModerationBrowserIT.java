package coop.harvest.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import coop.harvest.it.Browser;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import coop.harvest.web.pages.StaffDeskPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Staff sign in, reject a pending listing on the bureau desk in its dialog using the keyboard (a missing reason is
 * refused next to the field), find the decision in the audit log; the cooperative then reads the reason on its
 * dashboard.
 */
class ModerationBrowserIT {

    private static final String REASON = "产地证明缺失，请补充后重新提交";

    @RegisterExtension
    final Browser browser = new Browser("zh-CN");

    private final HarvestServer server = HarvestServer.shared();
    private final String base = server.baseUrl();

    @Test
    void staffRejectWithAReasonAndTheCooperativeReadsIt() {
        Fixtures.TestAccount coop = Fixtures.cooperative(server.api());
        long id = ListingModerationIT.listing(coop, "麻阳冰糖橙 " + Fixtures.unique("desc"));

        browser.open(base + "/staff/");
        signIn(HarvestServer.ADMIN_USERNAME, HarvestServer.ADMIN_PASSWORD);
        browser.waitForText(By.id("dashboard-title"), "农业局");
        By row = By.cssSelector(".listing-row-" + id);
        new StaffDeskPage(browser, base).showListing(id); // other tests' pending listings may fill the first pages
        assertTrue(Long.parseLong(browser.text(By.id("count-listings"))) >= 1);
        browser.assertNoConsoleErrors();

        browser.assertAccessible("staff desk with a pending listing");
        browser.click(By.cssSelector(".listing-row-" + id + " .reject"));
        WebElement reason = browser.waitFor(By.id("reject:reason"));
        browser.waitForText(By.id("reject-target"), Long.toString(id));
        browser.screenshot("moderation-desk-reject-dialog");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> reason.equals(d.switchTo().activeElement()));
        browser.assertAccessible("staff desk with the reject dialog");
        browser.click(By.id("reject:confirm"));
        browser.waitForText(By.id("reject:reason-error"), "驳回理由");
        assertTrue(browser.driver().findElements(row).size() == 1, "nothing changed without a reason");

        browser.waitFor(By.id("reject:reason")).sendKeys(REASON);
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement confirm = browser.driver().switchTo().activeElement();
        assertEquals("reject:confirm", confirm.getAttribute("id"), "Tab leads from the reason to the button");
        confirm.sendKeys(Keys.ENTER);
        browser.waitForText(By.id("growl_container"), "已驳回");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("reject-dialog")));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(row).isEmpty());

        browser.open(base + "/staff/audit.xhtml?targetType=LISTING&targetId=" + id);
        browser.waitForText(By.id("audit-entries"), "供应信息被驳回");
        browser.assertAccessible("audit log");
        assertTrue(browser.text(By.id("audit-entries")).contains(REASON));
        browser.screenshot("moderation-audit-log");
        browser.assertNoConsoleErrors();

        browser.driver().manage().deleteAllCookies();
        browser.open(base + "/login.xhtml");
        signIn(coop.username(), Fixtures.PASSWORD);
        browser.waitForText(By.cssSelector(".status-reason"), REASON);
        browser.assertNoConsoleErrors();
    }

    private void signIn(String username, String password) {
        browser.type(By.id("login:username"), username);
        browser.type(By.id("login:password"), password);
        browser.click(By.id("login:submit"));
    }
}
