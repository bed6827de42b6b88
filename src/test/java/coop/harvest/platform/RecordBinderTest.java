package coop.harvest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordBinderTest {

    enum Colour { RED, GREEN }

    public static class Sample implements RequestBody {
        public String name;
        public BigDecimal price;
        public Integer count;
        public boolean flag;
        public LocalDate day;
        public Colour colour;
        public List<Colour> colours;
        public Inner inner;
    }

    public static class Inner implements RequestBody {
        public String note;
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void bindsEveryKindOfField() {
        Sample sample = RecordBinder.bind(json("{\"name\":\"金银花\",\"price\":18.50,\"count\":3,\"flag\":true,"
                + "\"day\":\"2026-11-24\",\"colour\":\"RED\",\"colours\":[\"GREEN\"],\"inner\":{\"note\":\"n\"}}"),
                Sample.class);
        assertEquals("金银花", sample.name);
        assertEquals(new BigDecimal("18.50"), sample.price);
        assertEquals(3, sample.count);
        assertEquals(LocalDate.of(2026, 11, 24), sample.day);
        assertEquals(Colour.RED, sample.colour);
        assertEquals(List.of(Colour.GREEN), sample.colours);
        assertEquals("n", sample.inner.note);
    }

    @Test
    void wrongTypesAre400NamingEachField() {
        ProblemException e = assertThrows(ProblemException.class, () -> RecordBinder.bind(
                json("{\"name\":1,\"price\":\"cheap\",\"day\":\"24/11/2026\",\"inner\":{\"note\":false}}"), Sample.class));
        assertEquals(400, e.status());
        assertEquals(List.of("name", "price", "day", "inner.note"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void unknownFieldsEnumsAndHugeNumbersAre422() {
        ProblemException e = assertThrows(ProblemException.class, () -> RecordBinder.bind(
                json("{\"status\":\"ACTIVE\",\"colour\":\"BLUE\",\"price\":1e999999,\"count\":99999999999}"),
                Sample.class));
        assertEquals(422, e.status());
        assertEquals(List.of("status", "price", "count", "colour"),
                e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aNumberWithAFractionWhereAWholeOneIsWantedIs422NamingTheField() {
        ProblemException e = assertThrows(ProblemException.class, () -> RecordBinder.bind(
                json("{\"count\":33.5}"), Sample.class));
        assertEquals(422, e.status(), "a number is the right type: being whole is a rule");
        assertEquals(List.of("count"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(3, RecordBinder.bind(json("{\"count\":3.0}"), Sample.class).count, "3.0 is whole");
        assertEquals(400, assertThrows(ProblemException.class, () -> RecordBinder.bind(
                json("{\"count\":\"3\"}"), Sample.class)).status(), "a string is the wrong type");
    }
}
