package coop.harvest.market.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The columns of the order export. Times are local to the market's time zone (named in the header) in a form
 * spreadsheets recognise; headers and product names follow the caller's language.
 */
public final class OrderCsv {

    private static final String BUNDLE = "coop.harvest.web.messages";
    private static final List<String> COLUMNS = List.of("orderId", "createdAt", "status", "product", "productName",
            "quantity", "unitPrice", "total", "cooperative", "buyer", "listingId", "demandId", "confirmedAt");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final boolean chinese;
    private final ZoneId zone;

    public OrderCsv(String language, ZoneId zone) {
        this.chinese = language != null && language.toLowerCase(Locale.ROOT).startsWith("zh");
        this.zone = zone;
    }

    public List<String> header() {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH,
                OrderCsv.class.getClassLoader());
        return COLUMNS.stream().map(c -> {
            String title = texts.getString("market.csv." + c);
            return c.endsWith("At") ? title + " (" + zone.getId() + ")" : title;
        }).toList();
    }

    public List<Object> fields(OrderRow row) {
        return Arrays.asList(row.id(), time(row.createdAt()), row.status(), row.product(),
                chinese || row.productNameEn() == null ? row.productNameZh() : row.productNameEn(),
                row.quantity(), row.unitPrice(), row.total(), row.cooperative(), row.buyer(), row.listingId(),
                row.demandId(), time(row.confirmedAt()));
    }

    private String time(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(zone));
    }
}
