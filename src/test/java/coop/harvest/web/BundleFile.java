package coop.harvest.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One language file of a bundle, read as UTF-8 the way ResourceBundle reads it. The bundles are merged with
 * git's union driver, so a key two branches both added may appear twice: that is only harmless when both
 * values agree, hence {@link #conflicts()}.
 */
record BundleFile(String name, Map<String, String> values, Set<String> conflicts) {

    static BundleFile read(Path file) {
        Map<String, String> values = new TreeMap<>();
        Set<String> conflicts = new TreeSet<>();
        Properties recorder = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                String previous = values.put((String) key, (String) value);
                if (previous != null && !Objects.equals(previous, value)) {
                    conflicts.add((String) key);
                }
                return super.put(key, value);
            }
        };
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            recorder.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not readable as UTF-8", e);
        }
        return new BundleFile(file.getFileName().toString(), values, conflicts);
    }
}
