package coop.harvest.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The axe-core accessibility engine (from the org.webjars.npm:axe-core test dependency) run inside the page the
 * browser shows. {@link #check} answers the serious and critical violations as readable lines; use
 * {@link Browser#assertAccessible(String)} in a test.
 * <p>
 * Options: {@link #WCAG_AA} checks WCAG 2.1 A/AA and axe's best practices (contrast 4.5:1);
 * {@link #WCAG_AAA_CONTRAST} also checks the enhanced contrast of 7:1 that the high-contrast theme promises.
 */
public final class Axe {

    public static final String WCAG_AA = "{}";
    public static final String WCAG_AAA_CONTRAST = "{\"rules\": {\"color-contrast-enhanced\": {\"enabled\": true}}}";
    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static String source;

    private Axe() {
    }

    /** The serious and critical violations on the current page, one readable block per rule; empty when none. */
    public static List<String> check(WebDriver driver, String options) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(script());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        Object answer = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, JSON.parse(arguments[0]))
                   .then(result => done(JSON.stringify(result.violations)))
                   .catch(error => done('axe failed: ' + error));
                """, options);
        String json = String.valueOf(answer);
        if (!json.startsWith("[")) {
            throw new IllegalStateException(json);
        }
        JsonArray violations = Json.createReader(new StringReader(json)).readArray();
        List<String> failing = new ArrayList<>();
        for (JsonValue value : violations) {
            JsonObject violation = value.asJsonObject();
            String impact = violation.getString("impact", "");
            if (FAILING.contains(impact)) {
                failing.add(describe(violation));
            }
        }
        return failing;
    }

    private static String describe(JsonObject violation) {
        StringBuilder text = new StringBuilder().append(violation.getString("impact")).append(' ')
                .append(violation.getString("id")).append(": ").append(violation.getString("help"))
                .append(" (").append(violation.getString("helpUrl", "")).append(')');
        JsonArray nodes = violation.getJsonArray("nodes");
        nodes.stream().limit(5).map(JsonValue::asJsonObject).forEach(node -> text.append("\n      at ")
                .append(node.getJsonArray("target")).append(": ")
                .append(node.getString("failureSummary", "").replace('\n', ' ')));
        if (nodes.size() > 5) {
            text.append("\n      … and ").append(nodes.size() - 5).append(" more");
        }
        return text.toString();
    }

    private static synchronized String script() {
        if (source == null) {
            String version = webjarVersion();
            String path = "META-INF/resources/webjars/axe-core/" + version + "/axe.min.js";
            try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException(path + " is not on the test classpath");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    private static String webjarVersion() {
        String path = "META-INF/maven/org.webjars.npm/axe-core/pom.properties";
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the org.webjars.npm:axe-core test dependency is missing");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
