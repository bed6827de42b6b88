package coop.harvest.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Browser;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import coop.harvest.media.control.TestImages;
import coop.harvest.web.pages.CoopDashboardPage;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * In Chinese: a cooperative registers a certificate with its scan, staff approve it, the cooperative lists certified
 * kiwis with two photos uploaded through its page, and a visitor sees them and checks the certificate's number.
 */
class CertificatesBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser("zh");

    private final String base = HarvestServer.shared().baseUrl();

    @Test
    void aCooperativeRegistersStaffApproveAVisitorChecksTheNumber() throws Exception {
        ApiClient api = HarvestServer.shared().api();
        Fixtures.TestAccount coop = Fixtures.uncertifiedCooperative(api);
        assertEquals(200, Fixtures.staff(api).api().post("/api/moderation/cooperatives/" + coop.cooperativeId()
                + "/verify", "").status());
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

        long listing = listCertifiedKiwisWithTwoPhotos(coop, number);

        browser.driver().manage().deleteAllCookies();
        browser.viewport(360, 800);
        browser.open(base + "/listing.xhtml?id=" + listing);
        browser.waitFor(By.id("gallery-main"));
        assertEquals(2, browser.driver().findElements(By.cssSelector("#photos img")).size(), "two thumbnails");
        browser.click(By.cssSelector("#photos li:nth-child(2) a"));
        browser.waitForAttribute(By.cssSelector("#photos li:nth-child(2) a"), "aria-current", "true");
        assertTrue(browser.attribute(By.cssSelector("#gallery-main img"), "src").endsWith("/photos/2"),
                "a thumbnail shows its photo large, without script");
        assertTrue(browser.horizontalOverflow() <= 0, "no sideways scrolling at 360 px");
        browser.assertAccessible("listing with photos");
        browser.assertNoConsoleErrors();
        browser.fullPageScreenshot("listing-gallery-zh-360", 360);
        browser.click(By.cssSelector("a.certificate-link"));
        browser.waitForText(By.cssSelector(".certificate-result"), number);
        String result = browser.text(By.cssSelector(".certificate-result"));
        assertTrue(result.contains("有效") && result.contains("中国绿色食品发展中心") && result.contains("猕猴桃"), result);
        assertTrue(browser.driver().manage().getCookieNamed("JSESSIONID") == null, "the public check keeps no session");
        assertTrue(browser.horizontalOverflow() <= 0, "no sideways scrolling at 360 px");
        browser.assertAccessible("certificate check");
        browser.assertNoConsoleErrors();
        browser.fullPageScreenshot("certificates-check-zh-360", 360);

        try (Browser english = new Browser("en-US")) {
            english.viewport(1280, 900);
            english.open(base + "/listing.xhtml?id=" + listing);
            english.waitFor(By.id("gallery-main"));
            english.assertAccessible("listing with photos (English)");
            english.assertNoConsoleErrors();
            english.fullPageScreenshot("listing-gallery-en-1280", 1280);
            english.open(base + "/index.xhtml?product=kiwi");
            english.waitFor(By.cssSelector(".listing-thumb"));
            assertTrue(english.driver().findElements(By.cssSelector("img.listing-thumb[src*='/photos/1/thumb']"))
                    .size() > 0, "search results show the cover's thumbnail");
            english.fullPageScreenshot("search-thumbnails-en-1280", 1280);
        }
    }

    /** Offers kiwis certified green food through the dashboard, then uploads photos on the listing's photo page. */
    private long listCertifiedKiwisWithTwoPhotos(Fixtures.TestAccount coop, String number) throws Exception {
        browser.driver().manage().deleteAllCookies();
        browser.viewport(360, 800);
        signIn(coop.username(), Fixtures.PASSWORD);
        String description = Fixtures.unique("绿色食品猕猴桃");
        browser.click(By.cssSelector("input[name='listingForm:certifications'][value='GREEN_FOOD']"));
        CoopDashboardPage dashboard = new CoopDashboardPage(browser, base)
                .offer("kiwi", "FIRST", "溆浦县", "800", "10", "12.00", description);
        dashboard.waitForListing(description);
        long listing = dashboard.listingId(description);
        browser.click(By.cssSelector(".my-listing-" + listing + " a.photos-link"));
        browser.waitForText(By.id("photos-title"), "我的挂牌照片");
        assertTrue(browser.driver().findElements(By.cssSelector("#photo-list li")).isEmpty());
        assertEquals("image/*", browser.attribute(By.id("upload:files"), "accept"), "phones offer the camera");

        Path notAPhoto = Files.createTempFile("scan", ".jpg");
        Files.write(notAPhoto, CertificatesIT.PDF);
        Path tooBig = Files.createTempFile("IMG_9999", ".jpg");
        Files.write(tooBig, java.util.Arrays.copyOf(phoneSizedJpeg(), 9 * 1024 * 1024));
        browser.driver().findElement(By.id("upload:files")).sendKeys(notAPhoto + "\n" + tooBig);
        browser.click(By.id("upload:submit"));
        browser.waitForText(By.id("upload:files-errors"), "不是 JPEG 或 PNG 格式的照片");
        assertTrue(browser.text(By.id("upload:files-errors")).contains(tooBig.getFileName() + " 超过 8 MB"),
                browser.text(By.id("upload:files-errors")));
        browser.fullPageScreenshot("coop-photos-errors-zh-360", 360);

        Path phonePhoto = Files.createTempFile("IMG_0001", ".jpg");
        byte[] large = phoneSizedJpeg();
        assertTrue(large.length > 3 * 1024 * 1024 && large.length < 8 * 1024 * 1024, "a 3-8 MB phone photo");
        Files.write(phonePhoto, large);
        Path second = Files.createTempFile("IMG_0002", ".png");
        Files.write(second, TestImages.png(1200, 900));
        browser.driver().findElement(By.id("upload:files")).sendKeys(phonePhoto + "\n" + second);
        browser.fullPageScreenshot("coop-photos-choose-zh-360", 360);
        browser.click(By.id("upload:submit"));
        browser.waitForText(By.id("photos-count"), "2/6");
        assertEquals(2, browser.driver().findElements(By.cssSelector("#photo-list li")).size());

        java.util.List<String> five = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Path copy = Files.createTempFile("IMG_1" + i, ".png");
            Files.copy(second, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            five.add(copy.toString());
        }
        browser.driver().findElement(By.id("upload:files")).sendKeys(String.join("\n", five));
        browser.click(By.id("upload:submit"));
        browser.waitForText(By.id("upload:files-errors"), "最多 6 张照片");
        assertEquals(2, browser.driver().findElements(By.cssSelector("#photo-list li")).size(), "nothing stored");
        assertTrue(browser.horizontalOverflow() <= 0, "no sideways scrolling at 360 px");
        browser.assertAccessible("listing photos");
        browser.assertNoConsoleErrors();
        browser.fullPageScreenshot("coop-photos-zh-360", 360);

        JsonObject view = HarvestServer.shared().api().get("/api/listings/" + listing).object();
        assertEquals(2, view.getJsonArray("photos").size(), view::toString);
        assertEquals("GREEN_FOOD", view.getJsonArray("certifications").getString(0));
        assertEquals(number, view.getJsonArray("certificates").getJsonObject(0).getString("number"));
        return listing;
    }

    /** A 4000 × 3000 JPEG of coloured noise (about 5 MB): the size of a phone camera's picture (3-8 MB). */
    static byte[] phoneSizedJpeg() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4000, 3000,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(17);
        for (int y = 0; y < 3000; y++) {
            for (int x = 0; x < 4000; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.5f);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream stream = javax.imageio.ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private void signIn(String username, String password) {
        browser.open(base + "/login.xhtml");
        browser.type(By.id("login:username"), username);
        browser.type(By.id("login:password"), password);
        browser.click(By.id("login:submit"));
        browser.waitFor(By.id("dashboard-title"));
    }
}
