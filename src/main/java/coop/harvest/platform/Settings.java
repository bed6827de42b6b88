package coop.harvest.platform;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads a {@code HARVEST_*} setting through MicroProfile Config (environment variables, system properties,
 * META-INF/microprofile-config.properties) for code that is not a CDI bean; falls back to the environment and
 * system properties where no Config is available (the connection pool may call in from a container thread).
 */
public final class Settings {

    private Settings() {
    }

    public static String get(String key, String defaultValue) {
        try {
            Config config = ConfigProvider.getConfig(Settings.class.getClassLoader());
            Optional<String> value = config.getOptionalValue(key, String.class);
            if (value.isPresent()) {
                return value.get();
            }
        } catch (RuntimeException | LinkageError noConfigHere) {
            // fall through to the plain sources
        }
        String env = System.getenv(key);
        if (env != null) {
            return env;
        }
        return System.getProperty(key, defaultValue);
    }
}
