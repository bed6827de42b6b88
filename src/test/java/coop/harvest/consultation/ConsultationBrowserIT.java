package coop.harvest.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Browser;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import coop.harvest.media.control.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A farmer asks about kiwi with a phone photo; a kiwi expert finds it first in the queue and answers; it is accepted. */
class ConsultationBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser("en");

    private final String base = HarvestServer.shared().baseUrl();

    @Test
    void aFarmerAsksWithAPhotoAndAnExpertAnswersInEnglish() throws Exception {
        ApiClient api = HarvestServer.shared().api();
        String expert = Fixtures.unique("kiwi-expert");
        assertEquals(201, Fixtures.staff(api).api().post("/api/experts",
                ConsultationIT.expertBody(expert, "kiwi")).status());
        Fixtures.TestAccount farmer = Fixtures.cooperative(api);
        String title = "Brown spots on kiwi leaves " + Fixtures.unique("q");
        Path photo = Files.createTempFile("leaf", ".jpg");
        Files.write(photo, TestImages.withExifGps(TestImages.jpeg(1800, 1200, true)));

        browser.viewport(1280, 800);
        signIn(farmer.username());
        browser.open(base + "/questions.xhtml");
        browser.waitForText(By.id("questions-title"), "Ask an expert");
        browser.assertAccessible("questions");
        assertEquals("image/*", browser.attribute(By.id("ask:photo"), "accept"));
        new Select(browser.waitFor(By.id("ask:product"))).selectByValue("kiwi");
        browser.type(By.id("ask:title"), title);
        browser.type(By.id("ask:body"), "Since the rain last week, the leaves show brown spots with yellow rims.");
        browser.driver().findElement(By.id("ask:photo")).sendKeys(photo.toAbsolutePath().toString());
        browser.fullPageScreenshot("consultation-ask-en-1280", 1280);
        browser.click(By.id("ask:submit"));
        browser.waitForText(By.id("question-title"), title);
        browser.waitFor(By.cssSelector("#photos img.question-photo"));
        assertEquals("Waiting for an answer", browser.text(By.id("question-status")));
        browser.assertAccessible("question (asked)");
        browser.assertNoConsoleErrors();

        browser.driver().manage().deleteAllCookies();
        signIn(expert);
        browser.waitForText(By.id("dashboard-title"), "My question queue");
        browser.waitForText(By.id("queue"), title);
        assertTrue(browser.driver().findElement(By.cssSelector("#queue li")).getText().contains("Waiting")
                || browser.text(By.id("queue")).contains(title));
        browser.assertAccessible("expert queue");
        browser.fullPageScreenshot("consultation-queue-en-1280", 1280);
        browser.click(By.linkText(title));
        browser.waitForText(By.id("question-title"), title);
        browser.type(By.id("answerForm:body"), "Leaf spot after rain: remove fallen leaves and spray copper twice, a week apart.");
        browser.click(By.id("answerForm:submit"));
        browser.waitForText(By.cssSelector(".answer-list"), "spray copper");
        assertEquals("Answered", browser.text(By.id("question-status")));
        browser.assertAccessible("question (answered)");
        browser.fullPageScreenshot("consultation-answered-en-1280", 1280);
        browser.assertNoConsoleErrors();

        browser.driver().manage().deleteAllCookies();
        signIn(farmer.username());
        browser.open(base + "/questions.xhtml?q=" + title.replace(" ", "+"));
        browser.click(By.linkText(title));
        browser.waitFor(By.cssSelector(".accept-button"));
        browser.click(By.cssSelector(".accept-button"));
        browser.waitForText(By.id("question-status"), "Resolved");
        assertFalse(browser.driver().getPageSource().contains("accept-button"));
        browser.assertAccessible("question (resolved)");
        browser.assertNoConsoleErrors();

        // the same pages as a phone shows them, in Chinese, for people to look at
        browser.click(By.id("prefs:lang-zh"));
        browser.waitForText(By.id("question-status"), "已解决");
        browser.viewport(360, 800);
        browser.fullPageScreenshot("consultation-question-zh-360", 360);
        browser.open(base + "/questions.xhtml");
        browser.waitForText(By.id("questions-title"), "专家咨询");
        assertTrue(browser.horizontalOverflow() <= 0, "no sideways scrolling at 360 px");
        browser.fullPageScreenshot("consultation-questions-zh-360", 360);
    }

    private void signIn(String username) {
        browser.open(base + "/login.xhtml");
        browser.type(By.id("login:username"), username);
        browser.type(By.id("login:password"), Fixtures.PASSWORD);
        browser.click(By.id("login:submit"));
        browser.waitFor(By.id("dashboard-title"));
    }
}
