package coop.harvest.market.boundary;

import coop.harvest.vocabulary.Counties;
import coop.harvest.market.control.DailyPrice;
import coop.harvest.market.control.PriceChart;
import coop.harvest.market.control.ProductSummary;
import coop.harvest.web.Preferences;
import coop.harvest.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /market.xhtml}: the summary table and, per product traded in the chosen period, a price chart with its
 * numbers as a table. Filters arrive as GET parameters, so every view can be bookmarked and shared.
 */
@Named
@RequestScoped
public class MarketPage {

    static final List<Integer> DAY_CHOICES = List.of(7, 30, 90, 365);

    /** One product's history: the chart's configuration and the same numbers for the table. */
    public record ProductHistory(String code, String name, String config, List<DailyPrice> series) {
    }

    /** A county choice of the filter. */
    public record CountyOption(String value, String label) {
    }

    @Inject
    Market market;

    @Inject
    Preferences preferences;

    private String county;
    private String days;
    private List<ProductSummary> summary;
    private List<ProductHistory> histories;

    public List<ProductSummary> getSummary() {
        if (summary == null) {
            summary = market.summary(getCanonicalCounty().orElse(null), preferences.getLanguage());
        }
        return summary;
    }

    public List<ProductHistory> getHistories() {
        if (histories == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            PriceChart.Labels labels = new PriceChart.Labels(Texts.get(faces, "market.chart.average"),
                    Texts.get(faces, "market.chart.low"), Texts.get(faces, "market.chart.high"),
                    Texts.get(faces, "market.chart.volume"), Texts.get(faces, "market.chart.priceAxis"),
                    Texts.get(faces, "market.chart.volumeAxis"));
            Map<String, String> names = getSummary().stream()
                    .collect(Collectors.toMap(ProductSummary::product, ProductSummary::name));
            histories = new ArrayList<>();
            market.history(getDayCount()).forEach((product, series) -> histories.add(new ProductHistory(product,
                    names.getOrDefault(product, product), PriceChart.config(series, labels), series)));
        }
        return histories;
    }

    public List<CountyOption> getCounties() {
        return Counties.ALL.stream().map(c -> new CountyOption(c.name(),
                Counties.displayName(c.name(), preferences.getLanguage()))).toList();
    }

    public List<Integer> getDayChoices() {
        return DAY_CHOICES;
    }

    /** True when the visitor asked for a county that does not exist (all counties are shown instead). */
    public boolean isCountyUnknown() {
        return county != null && !county.isBlank() && getCanonicalCounty().isEmpty();
    }

    private Optional<String> getCanonicalCounty() {
        return county == null || county.isBlank() ? Optional.empty() : Counties.canonical(county);
    }

    /** The chosen period; anything but the offered choices means the default. */
    public int getDayCount() {
        return DAY_CHOICES.stream().filter(d -> d.toString().equals(days)).findFirst().orElse(Market.DEFAULT_DAYS);
    }

    public String getCounty() {
        return getCanonicalCounty().orElse(county);
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public String getDays() {
        return Integer.toString(getDayCount());
    }

    public void setDays(String days) {
        this.days = days;
    }
}
