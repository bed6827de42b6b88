package coop.harvest.accounts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.Browser;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A cooperative registers through the page, is signed in on its dashboard, and signs out — in Chinese. */
class AccountsBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser("zh-CN");

    private final String base = HarvestServer.shared().baseUrl();

    @Test
    void cooperativeRegistersSignsInAndOut() {
        String username = Fixtures.unique("shicheng");
        browser.open(base + "/register.xhtml");
        browser.waitFor(By.id("register:username"));
        assertTrue(browser.driver().getPageSource().contains("注册账户"), "the page is in Chinese");
        browser.click(By.cssSelector("input[name='register:role'][value='COOPERATIVE']"));
        browser.type(By.id("register:username"), username);
        browser.type(By.id("register:password"), Fixtures.PASSWORD);
        browser.type(By.id("register:displayName"), "向诗成");
        browser.type(By.id("register:coopName"), "溆浦县诗成中药材合作社 " + username);
        browser.type(By.id("register:regNo"), Fixtures.registrationNumber());
        new Select(browser.waitFor(By.id("register:county"))).selectByValue("溆浦县");
        browser.click(By.id("register:submit"));

        // signed in at once, on its dashboard, told that it waits for verification and its listings for review
        browser.waitForText(By.id("dashboard-title"), "我的合作社");
        browser.waitForText(By.id("messages"), "账户已创建，您已登录");
        browser.waitForText(By.id("awaiting-verification"), "正在等待农业局认证");
        assertTrue(browser.driver().getCurrentUrl().contains("/coop/"), browser.driver().getCurrentUrl());
        assertTrue(browser.driver().getPageSource().contains("向诗成"), "the header shows who is signed in");
        browser.assertNoConsoleErrors();

        browser.click(By.id("account:logout"));
        browser.waitFor(By.id("login-link"));
        browser.open(base + "/coop/");
        browser.waitFor(By.id("login:username"));
        assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"), "signed out: the dashboard asks to sign in");
    }
}
