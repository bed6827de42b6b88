package coop.harvest.web.pages;

import coop.harvest.it.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /subscriptions.xhtml: verify the phone, add and end subscriptions. */
public final class SubscriptionsPage extends Page {

    static final By PHONE = By.id("phone:phone");
    static final By SEND_CODE = By.id("phone:send-code");
    static final By CODE = By.id("verify:code");
    static final By VERIFY = By.id("verify:verify-code");
    static final By PHONE_STATE = By.id("phone-state");
    static final By KIND = By.id("add:kind");
    static final By PRODUCT = By.id("add:product");
    static final By COUNTY = By.id("add:county");
    static final By BELOW = By.id("add:below");
    static final By CHANNEL = By.id("add:channel");
    static final By ADD = By.id("add:add-subscription");
    static final By SUBSCRIPTION = By.cssSelector(".subscription");
    static final By REMOVE = By.cssSelector(".remove-subscription");
    static final By UNSUBSCRIBE_LINK = By.cssSelector(".unsubscribe-link");

    public SubscriptionsPage(Browser browser, String base) {
        super(browser, base);
    }

    public SubscriptionsPage open() {
        openPath("/subscriptions.xhtml");
        return this;
    }

    public void requestCode(String phone) {
        browser.type(PHONE, phone);
        browser.click(SEND_CODE);
        browser.waitFor(CODE);
    }

    public void verify(String code, String maskedPhone) {
        browser.type(CODE, code);
        browser.click(VERIFY);
        browser.waitForText(PHONE_STATE, maskedPhone);
    }

    /** Adds a subscription; {@code below} may be null. */
    public void add(String kind, String product, String county, String below, String channel) {
        int before = subscriptions().size();
        choose(KIND, kind);
        choose(PRODUCT, product == null ? "" : product);
        choose(COUNTY, county == null ? "" : county);
        if (below != null) {
            browser.type(BELOW, below);
        }
        choose(CHANNEL, channel);
        browser.click(ADD);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .until(d -> subscriptions().size() > before);
    }

    public List<WebElement> subscriptions() {
        return browser.driver().findElements(SUBSCRIPTION);
    }

    /** The one-tap unsubscribe address of the first subscription shown. */
    public String firstUnsubscribeLink() {
        return browser.attribute(UNSUBSCRIBE_LINK, "href");
    }

    public void removeFirst() {
        int before = subscriptions().size();
        browser.click(REMOVE);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .until(d -> subscriptions().size() < before);
    }
}
