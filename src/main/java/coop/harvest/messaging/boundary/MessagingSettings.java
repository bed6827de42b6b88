package coop.harvest.messaging.boundary;

import coop.harvest.platform.Settings;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Messaging's settings, read once: the SMSC ({@code HARVEST_SMSC_*}), the sender address, the digest time and the
 * sender's timings (small values in tests make retries take seconds, not minutes).
 */
public final class MessagingSettings {

    private static final Logger LOG = Logger.getLogger(MessagingSettings.class.getName());

    /** This process's name in outbox claims. */
    public static final String INSTANCE = shortName(ManagementFactory.getRuntimeMXBean().getName()) + "-"
            + UUID.randomUUID().toString().substring(0, 8);

    private MessagingSettings() {
    }

    public static String smscHost() {
        String host = Settings.get("HARVEST_SMSC_HOST", "").strip();
        return host.isEmpty() ? null : host;
    }

    public static int smscPort() {
        return integer("HARVEST_SMSC_PORT", 2775);
    }

    public static String systemId() {
        return Settings.get("HARVEST_SMSC_SYSTEM_ID", "harvest");
    }

    public static String password() {
        return Settings.get("HARVEST_SMSC_PASSWORD", "");
    }

    public static String sender() {
        return Settings.get("HARVEST_SMS_SENDER", "12316");
    }

    /** When the daily digest goes out, in the market time zone (HARVEST_DIGEST_TIME, default 07:00). */
    public static LocalTime digestTime() {
        try {
            return LocalTime.parse(Settings.get("HARVEST_DIGEST_TIME", "07:00").strip());
        } catch (DateTimeParseException bad) {
            LOG.log(Level.WARNING, "HARVEST_DIGEST_TIME is not a time like 07:00; using 07:00");
            return LocalTime.of(7, 0);
        }
    }

    /** How often the sender looks for due messages (HARVEST_SMS_POLL_MILLIS, default 1000). */
    public static long pollMillis() {
        return Math.max(50, integer("HARVEST_SMS_POLL_MILLIS", 1000));
    }

    /** The first retry's wait, doubled for each further attempt (HARVEST_SMS_BACKOFF_MILLIS, default 30 s). */
    public static Duration backoff() {
        return Duration.ofMillis(Math.max(10, integer("HARVEST_SMS_BACKOFF_MILLIS", 30_000)));
    }

    /**
     * The sender's first pause after the SMSC asked it to slow down, doubled while it keeps asking, at most 30 s
     * (HARVEST_SMS_THROTTLE_MILLIS, default 1 s).
     */
    public static Duration throttlePause() {
        return Duration.ofMillis(Math.max(10, integer("HARVEST_SMS_THROTTLE_MILLIS", 1000)));
    }

    /** At most this many submit_sm a second from one instance (HARVEST_SMS_PER_SECOND; 0, the default: unpaced). */
    public static int perSecond() {
        return Math.max(0, integer("HARVEST_SMS_PER_SECOND", 0));
    }

    /** How long a claimed message belongs to the instance that claimed it (HARVEST_SMS_LEASE_SECONDS, default 60). */
    public static Duration lease() {
        return Duration.ofSeconds(Math.max(5, integer("HARVEST_SMS_LEASE_SECONDS", 60)));
    }

    /** The enquire_link interval that keeps the SMPP bind alive (HARVEST_SMSC_ENQUIRE_LINK_MILLIS, default 30 s). */
    public static int enquireLinkMillis() {
        return Math.max(1000, integer("HARVEST_SMSC_ENQUIRE_LINK_MILLIS", 30_000));
    }

    private static int integer(String key, int defaultValue) {
        String value = Settings.get(key, Integer.toString(defaultValue)).strip();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException bad) {
            LOG.log(Level.WARNING, "{0} is not a number; using {1}", new Object[]{key, defaultValue});
            return defaultValue;
        }
    }

    private static String shortName(String runtimeName) {
        return runtimeName.length() > 40 ? runtimeName.substring(0, 40) : runtimeName;
    }
}
