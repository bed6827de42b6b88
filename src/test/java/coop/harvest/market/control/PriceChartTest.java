package coop.harvest.market.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceChartTest {

    @Test
    void priceLinesAndVolumeBarsOnTwoAxesWithDateLabels() {
        String config = PriceChart.config(List.of(
                new DailyPrice(LocalDate.of(2026, 11, 20), new BigDecimal("8.95"), new BigDecimal("8.00"),
                        new BigDecimal("10.50"), new BigDecimal("450.500")),
                new DailyPrice(LocalDate.of(2026, 11, 22), new BigDecimal("7.77"), new BigDecimal("7.77"),
                        new BigDecimal("7.77"), new BigDecimal("12.345"))),
                new PriceChart.Labels("均价", "最低", "最高", "成交量", "元/公斤", "公斤"));

        JsonObject json = Json.createReader(new StringReader(config)).readObject();
        JsonObject data = json.getJsonObject("data");
        assertEquals(List.of("2026-11-20", "2026-11-22"), data.getJsonArray("labels").getValuesAs(
                jakarta.json.JsonString::getString));
        JsonArray datasets = data.getJsonArray("datasets");
        JsonObject average = datasets.getJsonObject(0);
        assertEquals("均价", average.getString("label"));
        assertEquals("price", average.getString("yAxisID"));
        assertEquals(new BigDecimal("8.95"), average.getJsonArray("data").getJsonNumber(0).bigDecimalValue());
        JsonObject volume = datasets.getJsonObject(3);
        assertEquals("bar", volume.getString("type"));
        assertEquals("volume", volume.getString("yAxisID"));
        assertEquals(new BigDecimal("12.345"), volume.getJsonArray("data").getJsonNumber(1).bigDecimalValue());
        assertEquals("right", json.getJsonObject("options").getJsonObject("scales").getJsonObject("volume")
                .getString("position"));
    }
}
