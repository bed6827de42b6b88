package coop.harvest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a visitor can see exists in Chinese and in English. Bundle families are found by walking
 * {@code src/main/resources/coop/harvest}, so a component's new bundle is checked without changing this test.
 */
class BundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources/coop/harvest");
    private static final Path WEB_BUNDLE = RESOURCES.resolve("web");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:Texts\\.get\\(\\s*\\w+\\s*,\\s*|texts\\.getString\\(\\s*)\"([^\"]+)\"\\s*[,)]");

    @Test
    void everyFamilyHasBothLanguagesWithTheSameKeysAndNoBlankValue() {
        Map<String, List<BundleFile>> families = families();
        assertTrue(families.containsKey("web/messages"), "the page texts are found: " + families.keySet());
        List<String> problems = new ArrayList<>();
        families.forEach((family, files) -> problems.addAll(compare(family, files)));
        assertEquals(List.of(), problems, "bundle problems");
    }

    @Test
    void everyKeyUsedByAPageExistsInBothLanguages() {
        Set<String> used = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/webapp"), Path.of("themes"))) {
            filesEndingWith(root, ".xhtml").forEach(page -> used.addAll(matches(PAGE_KEY, page)));
        }
        assertFalse(used.isEmpty(), "pages use #{msg['...']}");
        assertKeysExist(used, "pages");
    }

    @Test
    void everyKeyReadByTheFacesBeansExistsInBothLanguages() {
        Set<String> used = new TreeSet<>();
        filesEndingWith(Path.of("src/main/java"), ".java").forEach(source -> used.addAll(matches(JAVA_KEY, source)));
        assertKeysExist(used, "Java code");
    }

    @Test
    void everyThemeAndRoleHasALabel() {
        Set<String> wanted = new TreeSet<>();
        try (Stream<Path> themes = Files.list(Path.of("themes"))) {
            themes.filter(Files::isDirectory).forEach(theme -> wanted.add("theme." + theme.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (coop.harvest.accounts.boundary.Role role : coop.harvest.accounts.boundary.Role.values()) {
            wanted.add("role." + role.name());
        }
        assertKeysExist(wanted, "theme switch and role labels");
    }

    private static void assertKeysExist(Set<String> keys, String where) {
        for (String language : List.of("en", "zh_CN")) {
            Map<String, String> bundle = BundleFile.read(WEB_BUNDLE.resolve("messages_" + language + ".properties"))
                    .values();
            Set<String> missing = keys.stream().filter(k -> !bundle.containsKey(k))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(), missing, "keys used by " + where + " but missing in messages_" + language);
        }
    }

    /** Bundle files by family ("web/messages"), each file being one language. */
    private static Map<String, List<BundleFile>> families() {
        Map<String, List<BundleFile>> families = new TreeMap<>();
        filesEndingWith(RESOURCES, ".properties").forEach(file -> {
            String name = file.getFileName().toString().replace(".properties", "");
            String base = name.replaceFirst("_(en|zh|zh_CN|zh_TW|en_[A-Z]{2})$", "");
            String family = RESOURCES.relativize(file.getParent()).resolve(base).toString().replace('\\', '/');
            families.computeIfAbsent(family, f -> new ArrayList<>()).add(BundleFile.read(file));
        });
        return families;
    }

    private static List<String> compare(String family, List<BundleFile> files) {
        List<String> problems = new ArrayList<>();
        // a family's base file may be a mere placeholder; every file with keys is a language
        List<BundleFile> languages = files.stream().filter(f -> !f.values().isEmpty()).toList();
        boolean chinese = languages.stream().anyMatch(f -> f.name().endsWith("_zh_CN.properties"));
        boolean english = languages.stream().anyMatch(f -> !f.name().contains("_zh"));
        if (!chinese || !english) {
            problems.add(family + ": needs both a Chinese (_zh_CN) and an English file, has "
                    + files.stream().map(BundleFile::name).toList());
        }
        Set<String> all = new TreeSet<>();
        languages.forEach(f -> all.addAll(f.values().keySet()));
        for (BundleFile file : languages) {
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(file.values().keySet());
            if (!missing.isEmpty()) {
                problems.add(file.name() + " lacks " + missing);
            }
            file.values().forEach((key, value) -> {
                if (value.isBlank()) {
                    problems.add(file.name() + ": " + key + " is blank");
                }
            });
            file.conflicts().forEach(key -> problems.add(file.name() + ": " + key + " is defined twice, differently"));
        }
        return problems;
    }

    private static Set<String> matches(Pattern pattern, Path file) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(read(file));
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    static List<Path> filesEndingWith(Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
