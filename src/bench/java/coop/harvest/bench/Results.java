package coop.harvest.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's figures, each against its ceiling and target, written as JSON and as a Markdown table. */
final class Results {

    /** One measured figure. Ratio is throughput divided by the ceiling's throughput, where both apply. */
    record Row(String figure, String name, int clients, int requests, double throughput, double p50Ms,
               double p99Ms, String ceiling, Double ratio, String target, boolean met, String note) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(Row row) {
        rows.add(row);
        System.out.println(line(row));
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * The trivial POST measured again at the end ({@code again}): when it is faster than figure (a) was right after
     * seeding, the server had not reached its best then, and every ratio to the trivial POST is taken to the faster
     * of the two (a ceiling is the best the server does); figure 1, whose target is a ratio, is judged again.
     */
    void ceilingMeasuredAgain(Row again) {
        add(again);
        Row first = rows.stream().filter(r -> r.figure().equals("a")).findFirst().orElseThrow();
        if (again.throughput() <= first.throughput()) {
            return;
        }
        double scale = first.throughput() / again.throughput();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if ("trivial POST".equals(r.ceiling()) && r.ratio() != null) {
                double ratio = r.ratio() * scale;
                boolean met = r.met() && (!(r.figure().equals("1") || r.figure().equals("1w")) || ratio >= 0.5);
                rows.set(i, new Row(r.figure(), r.name(), r.clients(), r.requests(), r.throughput(), r.p50Ms(),
                        r.p99Ms(), r.ceiling(), ratio, r.target(), met, r.note()));
            }
        }
        System.out.printf(Locale.ROOT, "BENCH ratios to the trivial POST are to %.0f/s (measured again at the end) "
                + "instead of %.0f/s%n", again.throughput(), first.throughput());
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Row r : rows) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("figure", r.figure()).add("name", r.name())
                    .add("clients", r.clients()).add("requests", r.requests())
                    .add("throughput", round(r.throughput())).add("p50Ms", round(r.p50Ms()))
                    .add("p99Ms", round(r.p99Ms())).add("ceiling", r.ceiling()).add("target", r.target())
                    .add("met", r.met()).add("note", r.note());
            if (r.ratio() != null) {
                o.add("ratio", round(r.ratio()));
            }
            array.add(o);
        }
        String json = Json.createObjectBuilder().add("at", Instant.now().toString())
                .add("cores", Runtime.getRuntime().availableProcessors()).add("figures", array).build().toString();
        Files.writeString(dir.resolve("results.json"), json, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("results.md"), table(), StandardCharsets.UTF_8);
        System.out.println(table());
    }

    String table() {
        StringBuilder md = new StringBuilder("| # | figure | clients | requests | throughput/s | p50 ms | p99 ms | "
                + "ratio to ceiling | target | met |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.0f | %.1f | %.1f | %s | %s | %s |%n",
                    r.figure(), r.name() + (r.note().isEmpty() ? "" : " (" + r.note() + ")"), r.clients(),
                    r.requests(), r.throughput(), r.p50Ms(), r.p99Ms(),
                    r.ratio() == null ? "–" : String.format(Locale.ROOT, "%.0f %% of %s", r.ratio() * 100, r.ceiling()),
                    r.target(), r.met() ? "yes" : "**no**"));
        }
        return md.toString();
    }

    private static String line(Row r) {
        return String.format(Locale.ROOT, "BENCH %s %-45s %8.0f/s p50 %7.1f ms p99 %7.1f ms %s", r.figure(), r.name(),
                r.throughput(), r.p50Ms(), r.p99Ms(), r.met() ? "target met" : "target NOT met");
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
