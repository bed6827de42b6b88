package coop.harvest.messaging.boundary;

import coop.harvest.vocabulary.Counties;
import coop.harvest.market.boundary.Market;
import coop.harvest.market.boundary.ProductLabel;
import coop.harvest.messaging.control.PhoneNumbers;
import coop.harvest.messaging.entity.Channel;
import coop.harvest.messaging.entity.SubscriptionKind;
import coop.harvest.platform.PageRequest;
import coop.harvest.web.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /subscriptions.xhtml}: verify the phone by an SMS code, add subscriptions (by SMS or in the app) and end
 * them. Every rule lives in {@link Phones} and {@link Subscriptions}; refusals show next to their fields.
 */
@Named
@ViewScoped
public class SubscriptionsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PREFIX = "subs";

    @Inject
    transient Phones phones;

    @Inject
    transient Subscriptions subscriptions;

    @Inject
    transient Market market;

    private String phone;
    private String code;
    private SubscriptionKind kind = SubscriptionKind.DAILY_PRICES;
    private String product;
    private String county;
    private Channel channel = Channel.SMS;
    private String below;
    private String above;
    private transient PhoneStatus status;
    private transient List<SubscriptionView> mine;

    public void sendCode() {
        PhoneBody body = new PhoneBody();
        body.phone = phone;
        if (PageSupport.attempt("phone", PREFIX, () -> phones.requestCode(body)) != null) {
            PageSupport.info("subs.codeSent");
            status = null;
        }
    }

    public void verify() {
        CodeBody body = new CodeBody();
        body.code = code;
        Phones.Outcome outcome = PageSupport.attempt("verify", PREFIX, () -> phones.verify(body));
        if (outcome == null) {
            return;
        }
        switch (outcome) {
            case VERIFIED -> {
                PageSupport.info("subs.verified");
                code = null;
            }
            case WRONG -> PageSupport.fieldError("verify", "code",
                    PageSupport.text("subs.error.codeWrong", phones.triesLeft()));
            case VOIDED -> PageSupport.fieldError("verify", "code", PageSupport.text("subs.error.codeVoid"));
            case NO_CODE -> PageSupport.fieldError("verify", "code", PageSupport.text("subs.error.noCode"));
        }
        status = null;
    }

    public void add() {
        NewSubscription body = new NewSubscription();
        body.kind = kind;
        body.product = product;
        body.county = county;
        body.channel = channel;
        body.below = PageSupport.decimal("add", "below", PREFIX, below);
        body.above = PageSupport.decimal("add", "above", PREFIX, above);
        if (PageSupport.hasErrors()) {
            return;
        }
        if (PageSupport.attempt("add", PREFIX, () -> subscriptions.create(body)) != null) {
            PageSupport.info("subs.added");
            below = null;
            above = null;
            mine = null;
        }
    }

    public void remove(long id) {
        if (PageSupport.attempt("list", PREFIX, () -> {
            subscriptions.delete(id);
            return Boolean.TRUE;
        }) != null) {
            PageSupport.info("subs.removed");
        }
        mine = null;
    }

    public PhoneStatus getStatus() {
        if (status == null) {
            status = phones.status();
        }
        return status;
    }

    public String masked(String number) {
        return PhoneNumbers.masked(number);
    }

    public List<SubscriptionView> getMine() {
        if (mine == null) {
            mine = subscriptions.mine(PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        }
        return mine;
    }

    public String productName(String code, String language) {
        if (code == null) {
            return PageSupport.text("subs.anyProduct");
        }
        return market.labels().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(p -> p.name(language)).orElse(code);
    }

    public String countyName(String canonical, String language) {
        return canonical == null ? "" : Counties.displayName(canonical, language);
    }

    public String plain(BigDecimal value) {
        return PageSupport.plain(value);
    }

    public Map<String, String> products(String language) {
        return market.labels().stream().collect(Collectors.toMap(p -> p.name(language), ProductLabel::code,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    public Map<String, String> counties(String language) {
        return Counties.ALL.stream().collect(Collectors.toMap(c -> Counties.displayName(c.name(), language),
                c -> c.name(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    public List<SubscriptionKind> getKinds() {
        return List.of(SubscriptionKind.values());
    }

    public List<Channel> getChannels() {
        return List.of(Channel.values());
    }

    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public SubscriptionKind getKind() { return kind; }
    public void setKind(SubscriptionKind kind) { this.kind = kind; }
    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
    public String getCounty() { return county; }
    public void setCounty(String county) { this.county = county; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public String getBelow() { return below; }
    public void setBelow(String below) { this.below = below; }
    public String getAbove() { return above; }
    public void setAbove(String above) { this.above = above; }
}
