package coop.harvest.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Browser;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** In Chinese: a cooperative registers a certificate with its scan, staff approve it, a visitor checks the number. */
class CertificatesBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser("zh");

    private final String base = HarvestServer.shared().baseUrl();

    @Test
    void aCooperativeRegistersStaffApproveAVisitorChecksTheNumber() throws Exception {
        ApiClient api = HarvestServer.shared().api();
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(api);
        String number = Fixtures.unique("LB-18-");
        Path scan = Files.createTempFile("certificate", ".pdf");
        Files.write(scan, CertificatesIT.PDF);

        browser.viewport(360, 800);
        signIn(coop.username(), Fixtures.PASSWORD);
        browser.open(base + "/coop/certificates.xhtml");
        browser.waitForText(By.id("coop-certificates-title"), "我的证书");
        new Select(browser.waitFor(By.id("register:type"))).selectByValue("GREEN_FOOD");
        browser.type(By.id("register:number"), number);
        browser.type(By.id("register:issuer"), "中国绿色食品发展中心");
        browser.click(By.cssSelector("input[name='register:products'][value='kiwi']"));
        browser.type(By.id("register:validFrom"), CertificatesIT.TODAY.minusMonths(3).toString());
        browser.type(By.id("register:validUntil"), CertificatesIT.TODAY.plusYears(2).toString());
        browser.driver().findElement(By.id("register:document")).sendKeys(scan.toAbsolutePath().toString());
        browser.fullPageScreenshot("certificates-register-zh-360", 360);
        browser.click(By.id("register:submit"));
        browser.waitForText(By.id("mine"), number);
        assertTrue(browser.text(By.id("mine")).contains("待审核"));
        assertTrue(browser.horizontalOverflow() <= 0, "no sideways scrolling at 360 px");
        browser.assertAccessible("my certificates");
        browser.assertNoConsoleErrors();

        browser.driver().manage().deleteAllCookies();
        browser.viewport(1280, 800);
        signIn(HarvestServer.ADMIN_USERNAME, HarvestServer.ADMIN_PASSWORD);
        browser.open(base + "/staff/certificates.xhtml");
        browser.waitForText(By.id("staff-certificates-title"), "证书审核");
        browser.waitForText(By.id("decide:certificates"), number);
        browser.fullPageScreenshot("certificates-staff-zh-1280", 1280);
        By row = By.xpath("//tr[.//code[text()='" + number + "']]//input[contains(@class,'approve')]");
        browser.click(row);
        browser.waitUntilHidden(By.xpath("//tr[.//code[text()='" + number + "']]"));
        assertEquals("APPROVED", api.get("/api/certificates/verify?number=" + number).array().getJsonObject(0)
                .getString("status"));
        browser.assertAccessible("staff certificates");
        browser.assertNoConsoleErrors();

        browser.driver().manage().deleteAllCookies();
        browser.viewport(360, 800);
        browser.open(base + "/certificate.xhtml");
        browser.waitForText(By.id("certificate-check-title"), "证书查询");
        browser.type(By.id("number"), number);
        browser.click(By.id("check-submit"));
        browser.waitForText(By.cssSelector(".certificate-result"), number);
        String result = browser.text(By.cssSelector(".certificate-result"));
        assertTrue(result.contains("有效") && result.contains("中国绿色食品发展中心") && result.contains("猕猴桃"), result);
        assertTrue(browser.driver().manage().getCookieNamed("JSESSIONID") == null, "the public check keeps no session");
        assertTrue(browser.horizontalOverflow() <= 0, "no sideways scrolling at 360 px");
        browser.assertAccessible("certificate check");
        browser.assertNoConsoleErrors();
        browser.fullPageScreenshot("certificates-check-zh-360", 360);
    }

    private void signIn(String username, String password) {
        browser.open(base + "/login.xhtml");
        browser.type(By.id("login:username"), username);
        browser.type(By.id("login:password"), password);
        browser.click(By.id("login:submit"));
        browser.waitFor(By.id("dashboard-title"));
    }
}
