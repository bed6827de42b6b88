package coop.harvest.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Browser;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff actions that used to exist only in the API: suspending and reinstating a listing and a cooperative, and
 * removing a demand, each with a reason dialog, a growl confirmation and an audit line — and the public stops and starts seeing them.
 */
class StaffActionsBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser("zh-CN");

    private final HarvestServer server = HarvestServer.shared();
    private final ApiClient anonymous = server.api();

    @Test
    void staffSuspendAndReinstateAListing() {
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(anonymous);
        String word = Fixtures.unique("suspendme");
        long id = ListingModerationIT.listing(coop, "怀化金银花 " + word);
        assertEquals(1, publicListings(word));

        signInAsStaff();
        browser.open(server.baseUrl() + "/staff/listings.xhtml?q=" + word);
        By row = By.cssSelector(".staff-listing-" + id);
        browser.waitFor(row);
        browser.assertAccessible("staff listings");

        browser.click(By.cssSelector(".staff-listing-" + id + " .suspend"));
        WebElement reason = browser.waitFor(By.id("suspend:reason"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> reason.equals(d.switchTo().activeElement()));
        browser.click(By.id("suspend:confirm"));
        browser.waitForText(By.id("suspend:reason-error"), "暂停理由");
        assertEquals(1, publicListings(word), "nothing changed without a reason");
        browser.assertAccessible("suspend dialog with an error");

        browser.waitFor(By.id("suspend:reason")).sendKeys("图片与实物不符，请整改");
        browser.click(By.id("suspend:confirm"));
        browser.waitForText(By.id("growl_container"), "已暂停");
        waitForStatus(By.cssSelector(".staff-listing-" + id + " .badge"), "data-status", "SUSPENDED");
        assertEquals(0, publicListings(word), "a suspended listing leaves public search");
        assertEquals(404, anonymous.get("/api/listings/" + id).status());
        browser.assertNoConsoleErrors();

        browser.click(By.cssSelector(".staff-listing-" + id + " .reinstate"));
        browser.waitForText(By.id("growl_container"), "已恢复");
        waitForStatus(By.cssSelector(".staff-listing-" + id + " .badge"), "data-status", "ACTIVE");
        assertEquals(1, publicListings(word), "a reinstated listing is found again");

        browser.open(server.baseUrl() + "/staff/audit.xhtml?targetType=LISTING&targetId=" + id);
        browser.waitForText(By.id("audit-entries"), "供应信息被暂停");
        String log = browser.text(By.id("audit-entries"));
        assertTrue(log.contains("供应信息已恢复") && log.contains("图片与实物不符"), log);
        browser.assertNoConsoleErrors();
    }

    @Test
    void staffSuspendAndReinstateACooperativeWithTheKeyboard() {
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(anonymous);
        long cooperative = coop.cooperativeId();
        String word = Fixtures.unique("coopsuspend");
        ListingModerationIT.listing(coop, "黔阳冰糖橙 " + word);
        assertEquals(200, anonymous.get("/api/cooperatives/" + cooperative).status());

        signInAsStaff();
        browser.open(server.baseUrl() + "/staff/cooperatives.xhtml?id=" + cooperative);
        By row = By.cssSelector(".staff-cooperative-" + cooperative);
        browser.waitFor(row);
        browser.assertAccessible("staff cooperatives");

        browser.click(By.cssSelector(".staff-cooperative-" + cooperative + " .suspend"));
        WebElement reason = browser.waitFor(By.id("suspend:reason"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> reason.equals(d.switchTo().activeElement()));
        reason.sendKeys(Keys.ESCAPE);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("suspend-dialog")));
        assertEquals(200, anonymous.get("/api/cooperatives/" + cooperative).status(), "Escape changes nothing");

        browser.click(By.cssSelector(".staff-cooperative-" + cooperative + " .suspend"));
        browser.typeWhenFocused(By.id("suspend:reason"), "营业执照过期").sendKeys(Keys.TAB);
        WebElement confirm = browser.driver().switchTo().activeElement();
        assertEquals("suspend:confirm", confirm.getAttribute("id"), "Tab leads from the reason to the button");
        confirm.sendKeys(Keys.ENTER);
        browser.waitForText(By.id("growl_container"), "已暂停");
        waitForStatus(By.cssSelector(".staff-cooperative-" + cooperative + " .badge"), "data-suspended", "true");
        assertEquals(404, anonymous.get("/api/cooperatives/" + cooperative).status(), "the public no longer sees it");
        assertEquals(0, publicListings(word), "nor its listings");
        browser.assertNoConsoleErrors();

        browser.click(By.cssSelector(".staff-cooperative-" + cooperative + " .reinstate"));
        browser.waitForText(By.id("growl_container"), "已恢复");
        waitForStatus(By.cssSelector(".staff-cooperative-" + cooperative + " .badge"), "data-suspended", "false");
        assertEquals(200, anonymous.get("/api/cooperatives/" + cooperative).status(), "the public sees it again");
        assertEquals(1, publicListings(word));

        browser.open(server.baseUrl() + "/staff/audit.xhtml?targetType=COOPERATIVE&targetId=" + cooperative);
        browser.waitForText(By.id("audit-entries"), "合作社被暂停");
        assertTrue(browser.text(By.id("audit-entries")).contains("合作社已恢复"));
        browser.assertNoConsoleErrors();
    }

    @Test
    void staffRemoveADemandWithAReason() {
        Fixtures.TestAccount buyer = Fixtures.buyer(anonymous);
        ApiClient.Response posted = buyer.api().post("/api/demands", jakarta.json.Json.createObjectBuilder()
                .add("product", "rice").add("minGrade", "PREMIUM").add("certifications", jakarta.json.Json.createArrayBuilder())
                .add("quantity", new java.math.BigDecimal("10")).add("maxUnitPrice", new java.math.BigDecimal("0.10"))
                .add("deliveryCounty", "鹤城区").add("neededBy", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                        .plusDays(10).toString()).add("allowPartial", true).build());
        assertEquals(201, posted.status(), posted::toString);
        long id = posted.object().getJsonNumber("id").longValue();

        signInAsStaff();
        browser.open(server.baseUrl() + "/staff/demands.xhtml");
        browser.waitFor(By.cssSelector(".staff-demand-" + id));
        browser.assertAccessible("staff demands");
        browser.click(By.cssSelector(".staff-demand-" + id + " .remove"));
        browser.waitFor(By.id("remove:reason"));
        browser.click(By.id("remove:confirm"));
        browser.waitForText(By.id("remove:reason-error"), "删除理由");
        browser.waitFor(By.id("remove:reason")).sendKeys("疑似虚假求购");
        browser.click(By.id("remove:confirm"));
        browser.waitForText(By.id("growl_container"), "已删除");
        waitForStatus(By.cssSelector(".staff-demand-" + id + " .badge"), "data-status", "REMOVED");
        assertEquals("REMOVED", buyer.api().get("/api/demands/" + id).object().getString("status"));

        browser.open(server.baseUrl() + "/staff/audit.xhtml?targetType=DEMAND&targetId=" + id);
        browser.waitForText(By.id("audit-entries"), "求购信息被下架");
        browser.assertNoConsoleErrors();
    }

    private long publicListings(String word) {
        ApiClient.Response found = anonymous.get("/api/listings?q=" + word);
        assertEquals(200, found.status(), found::toString);
        return found.object().getJsonNumber("total").longValue();
    }

    private void waitForStatus(By element, String attribute, String value) {
        browser.waitForAttribute(element, attribute, value);
    }

    private void signInAsStaff() {
        browser.open(server.baseUrl() + "/login.xhtml");
        browser.type(By.id("login:username"), HarvestServer.ADMIN_USERNAME);
        browser.type(By.id("login:password"), HarvestServer.ADMIN_PASSWORD);
        browser.click(By.id("login:submit"));
        browser.waitFor(By.id("account:logout"));
    }
}
