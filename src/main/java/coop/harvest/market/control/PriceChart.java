package coop.harvest.market.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/**
 * The Chart.js configuration (for PrimeFaces' {@code p:chart}) of a product's price history: the daily average
 * price as a line on the left axis and the daily volume as bars on the right axis. Dates are category labels, so
 * no date adapter (an extra script) is needed. Animation is off: the chart is information, not decoration.
 */
public final class PriceChart {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private static final String PRICE_COLOUR = "#2e7d32";
    private static final String RANGE_COLOUR = "rgba(46, 125, 50, 0.35)";
    private static final String VOLUME_COLOUR = "rgba(230, 145, 56, 0.55)";

    /** Localised dataset and axis titles. */
    public record Labels(String average, String low, String high, String volume, String priceAxis,
                         String volumeAxis) {
    }

    private PriceChart() {
    }

    public static String config(List<DailyPrice> series, Labels labels) {
        JsonArrayBuilder dates = JSON.createArrayBuilder();
        JsonArrayBuilder average = JSON.createArrayBuilder();
        JsonArrayBuilder low = JSON.createArrayBuilder();
        JsonArrayBuilder high = JSON.createArrayBuilder();
        JsonArrayBuilder volume = JSON.createArrayBuilder();
        for (DailyPrice day : series) {
            dates.add(day.date().toString());
            average.add(day.averagePrice());
            low.add(day.low());
            high.add(day.high());
            volume.add(day.volume());
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(line(labels.average(), average, PRICE_COLOUR, 3))
                .add(line(labels.low(), low, RANGE_COLOUR, 1))
                .add(line(labels.high(), high, RANGE_COLOUR, 1))
                .add(JSON.createObjectBuilder().add("type", "bar").add("label", labels.volume())
                        .add("data", volume).add("yAxisID", "volume").add("backgroundColor", VOLUME_COLOUR)
                        .add("order", 2));
        JsonObject config = JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", dates).add("datasets", datasets))
                .add("options", options(labels))
                .build();
        return config.toString();
    }

    private static JsonObjectBuilder line(String label, JsonArrayBuilder data, String colour, int width) {
        return JSON.createObjectBuilder().add("type", "line").add("label", label).add("data", data)
                .add("yAxisID", "price").add("borderColor", colour).add("backgroundColor", colour)
                .add("borderWidth", width).add("pointRadius", 2).add("order", 1);
    }

    private static JsonObjectBuilder options(Labels labels) {
        return JSON.createObjectBuilder()
                .add("animation", false)
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("interaction", JSON.createObjectBuilder().add("mode", "index").add("intersect", false))
                .add("scales", JSON.createObjectBuilder()
                        .add("price", axis("left", labels.priceAxis(), false))
                        .add("volume", axis("right", labels.volumeAxis(), true)));
    }

    private static JsonObjectBuilder axis(String position, String title, boolean fromZero) {
        JsonObjectBuilder axis = JSON.createObjectBuilder().add("type", "linear").add("position", position)
                .add("beginAtZero", fromZero)
                .add("title", JSON.createObjectBuilder().add("display", true).add("text", title));
        if (fromZero) {
            axis.add("grid", JSON.createObjectBuilder().add("drawOnChartArea", false));
        }
        return axis;
    }
}
