package coop.harvest.contracts.boundary;

import coop.harvest.catalog.boundary.Catalog;
import coop.harvest.platform.MarketDay;
import coop.harvest.web.Preferences;
import coop.harvest.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /staff/contracts.xhtml}: the bureau's order-farming figures of a year by county and product, a chart of
 * contracted and delivered quantity per product, and the CSV export.
 */
@Named
@RequestScoped
public class StaffContractsPage {

    @Inject
    ContractFigures figures;

    @Inject
    Catalog catalog;

    @Inject
    Preferences preferences;

    private Integer year;
    private List<ContractFigure> rows;

    public List<ContractFigure> getRows() {
        if (rows == null) {
            rows = figures.year(getYear());
        }
        return rows;
    }

    /** Chart.js configuration: contracted and delivered quantity per product, as bars. */
    public String getChart() {
        Map<String, BigDecimal[]> byProduct = new TreeMap<>();
        for (ContractFigure f : getRows()) {
            BigDecimal[] sums = byProduct.computeIfAbsent(f.product(), p -> new BigDecimal[]{BigDecimal.ZERO,
                    BigDecimal.ZERO});
            sums[0] = sums[0].add(f.quantity());
            sums[1] = sums[1].add(f.delivered());
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder contracted = Json.createArrayBuilder();
        JsonArrayBuilder delivered = Json.createArrayBuilder();
        byProduct.forEach((product, sums) -> {
            labels.add(catalog.product(product).map(p -> p.name(preferences.getLanguage())).orElse(product));
            contracted.add(sums[0]);
            delivered.add(sums[1]);
        });
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Texts.get(faces, "contracts.stats.quantity"))
                                .add("data", contracted).add("backgroundColor", "rgba(46, 125, 50, 0.7)"))
                        .add(Json.createObjectBuilder().add("label", Texts.get(faces, "contracts.stats.delivered"))
                                .add("data", delivered).add("backgroundColor", "rgba(230, 145, 56, 0.7)"))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("responsive", true)
                        .add("maintainAspectRatio", false))
                .build().toString();
    }

    public Integer getYear() {
        if (year == null) {
            year = MarketDay.today().getYear();
        }
        return year;
    }

    public void setYear(Integer year) {
        this.year = year == null || year < 2000 || year > 2100 ? null : year;
    }

    public List<Integer> getYears() {
        int now = MarketDay.today().getYear();
        return List.of(now, now - 1, now - 2, now - 3, now - 4);
    }
}
