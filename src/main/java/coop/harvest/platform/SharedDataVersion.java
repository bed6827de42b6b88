package coop.harvest.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Tells the instances sharing one database when public data changed on any of them, so that their public caches
 * ({@link PublicCache}) drop an answer at once rather than after HARVEST_PUBLIC_CACHE_SECONDS. Each instance owns one
 * row of {@code DATA_VERSION} and writes its {@link DataVersion} there after its commits (in the background, at most
 * once per HARVEST_DATA_VERSION_MILLIS, at least every 25 ms, for any number of commits meanwhile, so no request waits
 * and no two instances contend for a row; a commit only raises a flag, because handing a task to the managed executor
 * captures the whole container context and cost more than the rest of a small order); readers
 * add up the other rows, at most once per HARVEST_DATA_VERSION_MILLIS (default 100; 0 = on every cached read): a
 * primary-key scan of a few rows. Each row only grows, so the sum moves whenever any instance's data moves.
 * <p>
 * The same row carries the instance's {@link AccessVersion} (revoked tokens, new passwords, suspensions), published
 * and read the same way, so a caller another instance remembers is forgotten within about two intervals of a
 * revocation here. Unlike public data, access fails closed: while the other rows have not been read within an
 * interval and {@link #ACCESS_GRACE_NANOS}, the others' access count is unknown and no remembered caller counts.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class SharedDataVersion {

    private static final Logger LOG = Logger.getLogger(SharedDataVersion.class.getName());

    /** How much later than its interval the others' access count may have been read and still count. */
    private static final long ACCESS_GRACE_NANOS = 1_000_000_000L;

    @Resource(lookup = "java:app/jdbc/harvest")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final String instanceId = UUID.randomUUID().toString();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean checking = new AtomicBoolean();
    private boolean rowCreated;
    private volatile long others;
    private volatile long othersAccess;
    private volatile long checkedNanos = System.nanoTime() - Long.MAX_VALUE / 2;
    private long intervalNanos;
    private ScheduledFuture<?> writer;

    @PostConstruct
    void start() {
        intervalNanos = Long.parseLong(Settings.get("HARVEST_DATA_VERSION_MILLIS", "100").strip()) * 1_000_000L;
        write();
        long period = Math.max(25, intervalNanos / 1_000_000L);
        writer = scheduler.scheduleWithFixedDelay(this::writeIfMoved, period, period, TimeUnit.MILLISECONDS);
        DataVersion.share(this::publish, this::others);
        AccessVersion.share(this::publish, this::othersAccess);
    }

    @PreDestroy
    void stop() {
        if (writer != null) {
            writer.cancel(false);
        }
    }

    /** After a commit of this instance: the background writer publishes the new versions on its next round. */
    void publish() {
        pending.set(true);
    }

    private void writeIfMoved() {
        if (pending.getAndSet(false) && !write()) {
            pending.set(true); // a revocation must reach the others: try again on the next round
        }
    }

    /**
     * Writes this instance's versions to its row, creating the row on the first successful write whatever the
     * version is by then: commits made during start-up (the bootstrap admin, the catalogue seed) may have moved it
     * before this singleton started, and an UPDATE of a row that was never inserted would publish nothing, ever.
     * Synchronized: the start-up write and the background writer must not both insert.
     */
    private synchronized boolean write() {
        long version = DataVersion.local();
        long access = AccessVersion.local();
        Timestamp now = Timestamp.from(Dates.now());
        try (Connection c = dataSource.getConnection()) {
            if (!rowCreated) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO DATA_VERSION "
                        + "(INSTANCE_ID, VERSION, ACCESS_VERSION, UPDATED_AT) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, instanceId);
                    insert.setLong(2, version);
                    insert.setLong(3, access);
                    insert.setTimestamp(4, now);
                    boolean inserted = UniqueInsert.insert(c, insert);
                    rowCreated = true;
                    if (inserted) {
                        return true;
                    }
                    // written before, its outcome unknown to us: the update below moves it on
                }
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE DATA_VERSION SET VERSION = ?, ACCESS_VERSION = ?, UPDATED_AT = ? "
                            + "WHERE INSTANCE_ID = ? AND (VERSION < ? OR ACCESS_VERSION < ?)")) {
                update.setLong(1, version);
                update.setLong(2, access);
                update.setTimestamp(3, now);
                update.setString(4, instanceId);
                update.setLong(5, version);
                update.setLong(6, access);
                update.executeUpdate();
            }
            return true;
        } catch (SQLException | RuntimeException e) {
            // the background writer tries again on its next round (and retries a missing row); meanwhile the
            // other instances see public changes when their cache entries expire
            LOG.log(Level.WARNING, "Could not publish the data version: {0}", e.getMessage());
            return false;
        }
    }

    /** The sum of the other instances' versions, read from the database at most once per interval. */
    long others() {
        read();
        return others;
    }

    /** The sum of the other instances' access versions, or -1 while it was not read recently enough to count. */
    long othersAccess() {
        read();
        long access = othersAccess;
        return System.nanoTime() - checkedNanos > intervalNanos + ACCESS_GRACE_NANOS ? -1 : access;
    }

    private void read() {
        long now = System.nanoTime();
        if (now - checkedNanos < intervalNanos || !checking.compareAndSet(false, true)) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT COALESCE(SUM(VERSION), 0), "
                     + "COALESCE(SUM(ACCESS_VERSION), 0) FROM DATA_VERSION WHERE INSTANCE_ID <> ?")) {
            select.setString(1, instanceId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                others = row.getLong(1);
                othersAccess = row.getLong(2);
                checkedNanos = now;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Could not read the other instances' data versions", e);
        } finally {
            checking.set(false);
        }
    }
}
