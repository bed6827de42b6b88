package coop.harvest.messaging.boundary;

import coop.harvest.platform.SchemaMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains the outbox on every instance, every HARVEST_SMS_POLL_MILLIS: binds to the SMSC when needed, claims due rows
 * one by one (a lease, see {@link OutboxStore}), submits them and records the outcome. Without HARVEST_SMSC_HOST, or
 * while the SMSC is unreachable, nothing is claimed: messages wait as QUEUED and lose no attempts.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SmppGateway gateway;

    @Inject
    OutboxStore store;

    @Inject
    SchemaMigrator schema;

    private ScheduledFuture<?> ticking;

    @PostConstruct
    void start() {
        long every = MessagingSettings.pollMillis();
        ticking = scheduler.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    void tick() {
        try {
            if (!gateway.configured() || !schema.isMigrated() || !gateway.ensureBound()) {
                return;
            }
            for (int round = 0; round < 20; round++) {
                List<Long> due = store.due(BATCH);
                for (Long id : due) {
                    if (!sendOne(id)) {
                        return;
                    }
                }
                if (due.size() < BATCH) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox sender round failed; the next round retries", e);
        }
    }

    /** Sends one row if this instance can claim it; false when the link broke (stop this round). */
    private boolean sendOne(long id) {
        String me = MessagingSettings.INSTANCE;
        Optional<OutboxStore.Claimed> claimed = store.claim(id, me, MessagingSettings.lease());
        if (claimed.isEmpty()) {
            return true;
        }
        OutboxStore.Claimed message = claimed.get();
        try {
            List<String> ids = gateway.submit(message.to(), message.text(), (int) (id & 0xFF));
            store.sent(id, me, ids);
            return true;
        } catch (SendFailure failure) {
            store.failed(id, me, message.attempts(), failure.getMessage(), MessagingSettings.backoff());
            return !failure.linkBroken();
        }
    }
}
