package coop.harvest.market.boundary;

import coop.harvest.platform.MarketDay;
import coop.harvest.catalog.boundary.Catalog;
import coop.harvest.market.control.BookSide;
import coop.harvest.vocabulary.Counties;
import coop.harvest.market.control.DailyPrice;
import coop.harvest.market.control.DailySeries;
import coop.harvest.market.control.MarketCalendar;
import coop.harvest.market.control.ProductSummary;
import coop.harvest.market.control.SummaryAssembler;
import coop.harvest.market.control.SummaryAssembler.ProductName;
import coop.harvest.market.control.Trade;
import coop.harvest.platform.FieldError;
import coop.harvest.platform.ProblemException;
import coop.harvest.platform.PublicCache;
import coop.harvest.platform.QueryParams;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Public market information: the summary per product, daily price history and the home page's statistics. */
@Stateless
@PermitAll
public class Market {

    public static final int SUMMARY_DAYS = 30;
    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 365;

    @Inject
    MarketQueries queries;

    @Inject
    Catalog catalog;

    @Inject
    PublicCache cache;


    public MarketCalendar calendar() {
        return new MarketCalendar(MarketDay.zone(), Clock.system(MarketDay.zone()));
    }

    /**
     * Every catalogue product with its best ask, best bid, open posts and 30-day volume; with a county (name,
     * code or English name) only listings in it, demands delivered to it and trades from its listings count.
     */
    public List<ProductSummary> summary(String county, String language) {
        String canonical = null;
        if (county != null && !county.isBlank()) {
            canonical = Counties.canonical(county)
                    .orElseThrow(() -> ProblemException.invalid("county", "must be a county of Huaihua"));
        }
        MarketCalendar calendar = calendar();
        LocalDate today = calendar.today();
        String where = canonical;
        return cache.get(Arrays.asList("summary", today, where, language), () -> List.copyOf(
                SummaryAssembler.assemble(products(), queries.asks(today, where), queries.bids(today, where),
                        queries.volumes(calendar.windowStart(SUMMARY_DAYS), calendar.endOfToday(), where),
                        language)));
    }

    /** The daily prices of one product over the last {@code days} market days (1..365, default 30). */
    public List<DailyPrice> prices(String product, String days) {
        List<FieldError> errors = new ArrayList<>();
        Integer window = QueryParams.integer("days", days);
        if (product == null || product.isBlank()) {
            errors.add(new FieldError("product", "is required"));
        } else if (catalog.product(product.strip()).isEmpty()) {
            errors.add(new FieldError("product", "is not a product of the catalogue"));
        }
        int n = window == null ? DEFAULT_DAYS : window;
        if (n < 1 || n > MAX_DAYS) {
            errors.add(new FieldError("days", "must be between 1 and " + MAX_DAYS));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        MarketCalendar calendar = calendar();
        String code = product.strip();
        return cache.get(List.of("prices", calendar.today(), code, n), () -> List.copyOf(DailySeries.of(
                queries.trades(code, calendar.windowStart(n), calendar.endOfToday()), calendar.zone())));
    }

    /** Daily prices of every product traded in the window, from one range scan; products in code order. */
    public Map<String, List<DailyPrice>> history(int days) {
        int n = Math.max(1, Math.min(MAX_DAYS, days));
        MarketCalendar calendar = calendar();
        return cache.get(List.of("history", calendar.today(), n), () -> {
            Map<String, List<Trade>> byProduct = queries.trades(null, calendar.windowStart(n),
                    calendar.endOfToday()).stream()
                    .collect(Collectors.groupingBy(Trade::product, TreeMap::new, Collectors.toList()));
            Map<String, List<DailyPrice>> history = new LinkedHashMap<>();
            byProduct.forEach((product, trades) -> history.put(product, DailySeries.of(trades, calendar.zone())));
            return Collections.unmodifiableMap(history);
        });
    }

    public MarketStats stats() {
        MarketCalendar calendar = calendar();
        return cache.get(List.of("stats", calendar.today()),
                () -> queries.stats(calendar.today(), calendar.startOfMonth(), calendar.endOfToday()));
    }

    /**
     * Every product's figures of one market day and the book now, read fresh (not from the public cache): for the
     * daily SMS digest and answers to phones.
     */
    public List<ProductFigures> figures(LocalDate day) {
        MarketCalendar calendar = calendar();
        LocalDate today = calendar.today();
        Map<String, BookSide> asks = queries.asks(today, null);
        Map<String, BookSide> bids = queries.bids(today, null);
        Map<String, List<Trade>> byProduct = queries.trades(null, calendar.startOf(day),
                calendar.startOf(day.plusDays(1))).stream().collect(Collectors.groupingBy(Trade::product));
        List<ProductFigures> figures = new ArrayList<>();
        for (ProductName p : products()) {
            List<DailyPrice> series = DailySeries.of(byProduct.getOrDefault(p.code(), List.of()), calendar.zone());
            DailyPrice d = series.isEmpty() ? null : series.get(0);
            BookSide ask = asks.get(p.code());
            BookSide bid = bids.get(p.code());
            figures.add(new ProductFigures(p.code(), p.nameZh(), p.nameEn(), p.unit(), day,
                    d == null ? null : d.averagePrice(), d == null ? null : d.low(), d == null ? null : d.high(),
                    d == null ? null : d.volume(), ask == null ? null : ask.best(), bid == null ? null : bid.best()));
        }
        return figures;
    }

    /** The lowest ask of every product now (tradeable listings only), read fresh: for price alerts. */
    public Map<String, java.math.BigDecimal> bestAsks() {
        Map<String, java.math.BigDecimal> best = new java.util.HashMap<>();
        queries.asks(calendar().today(), null).forEach((product, side) -> best.put(product, side.best()));
        return best;
    }

    /**
     * The spot trades of one product confirmed on market days {@code from} to {@code to} (both included), read fresh:
     * the same trades, by the same confirmation day, as {@link #prices} counts (for order farming's floor price).
     */
    public List<SpotTrade> spotTrades(String product, LocalDate from, LocalDate to) {
        MarketCalendar calendar = calendar();
        return queries.trades(product, calendar.startOf(from), calendar.startOf(to.plusDays(1))).stream()
                .map(t -> new SpotTrade(t.confirmedAt().atZone(calendar.zone()).toLocalDate(), t.quantity(),
                        t.unitPrice()))
                .toList();
    }

    /** Every catalogue product's names and unit. */
    public List<ProductLabel> labels() {
        return products().stream().map(p -> new ProductLabel(p.code(), p.nameZh(), p.nameEn(), p.unit())).toList();
    }

    /** The lowest ask of one product now (tradeable listings only), read fresh: for price alerts. */
    public java.util.Optional<java.math.BigDecimal> bestAsk(String product) {
        return java.util.Optional.ofNullable(queries.bestAsk(product, calendar().today()));
    }

    private List<ProductName> products() {
        return catalog.products().stream()
                .map(p -> new ProductName(p.getCode(), p.getNameZh(), p.getNameEn(), p.getUnit())).toList();
    }
}
