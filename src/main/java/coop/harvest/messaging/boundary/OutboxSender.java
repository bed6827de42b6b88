package coop.harvest.messaging.boundary;

import coop.harvest.platform.SchemaMigrator;
import coop.harvest.platform.TransientRetry;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains the outbox on every instance, every HARVEST_SMS_POLL_MILLIS: binds to the SMSC when needed, then works in
 * rounds of up to {@link OutboxStore#BATCH} due rows. A round claims its rows in one transaction (a lease under a
 * token of its own, see {@link OutboxStore}), submits them one after another over the bind, records all their
 * outcomes in one transaction, and settles in a third the receipts that came before the record
 * ({@link OutboxReceipts}): three short transactions per round and a few JDBC batches, where one text at a time
 * took two transactions per text. Without HARVEST_SMSC_HOST, or while the SMSC is unreachable, nothing is claimed:
 * messages wait as QUEUED and lose no attempts; when the link breaks in a round, the rows not yet submitted are
 * given back with their attempts. When the SMSC asks to slow down, the text it did not take and the rest of the round
 * are given back with their attempts too, and nothing is claimed until the gateway's pause is over.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SmppGateway gateway;

    @Inject
    OutboxStore store;

    @Inject
    OutboxReceipts receipts;

    @Inject
    SchemaMigrator schema;

    private final AtomicLong rounds = new AtomicLong();
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
            if (!gateway.configured() || !schema.isMigrated() || gateway.holdingOff() || !gateway.ensureBound()) {
                return;
            }
            for (int round = 0; round < 20; round++) {
                List<OutboxStore.Due> due = TransientRetry.run(store::due);
                if (due.isEmpty() || !send(due) || due.size() < OutboxStore.BATCH) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox sender round failed; the next round retries", e);
        }
    }

    /**
     * One round: claims what it can of the due rows, submits them and records the outcomes; false when the link
     * broke or the SMSC asked to slow down (stop until the next tick). The token names this round alone, so a row it
     * held past its lease and that another round claimed since is recorded by that round only.
     */
    private boolean send(List<OutboxStore.Due> due) {
        String token = MessagingSettings.INSTANCE + "-" + rounds.incrementAndGet();
        Duration lease = MessagingSettings.lease();
        List<OutboxStore.Claimed> claimed = TransientRetry.run(() -> store.claim(due, token, lease));
        List<OutboxStore.Outcome> outcomes = new ArrayList<>(claimed.size());
        boolean going = true;
        for (OutboxStore.Claimed message : claimed) {
            if (!going) {
                outcomes.add(new OutboxStore.Released(message.id()));
                continue;
            }
            OutboxStore.Outcome outcome = submit(message);
            outcomes.add(outcome);
            // submit hands a text back (Released) only when the SMSC asked to slow down: the rest waits too
            going = !(outcome instanceof OutboxStore.Failed failed && failed.linkBroken()
                    || outcome instanceof OutboxStore.Released);
        }
        Duration backoff = MessagingSettings.backoff();
        List<Long> sent = TransientRetry.run(() -> store.record(token, outcomes, backoff));
        if (!sent.isEmpty()) {
            TransientRetry.run(() -> {
                receipts.settle(sent);
                return null;
            });
        }
        return going;
    }

    private OutboxStore.Outcome submit(OutboxStore.Claimed message) {
        try {
            return new OutboxStore.Sent(message.id(),
                    gateway.submit(message.to(), message.text(), (int) (message.id() & 0xFF)));
        } catch (SendFailure failure) {
            if (failure.throttled()) {
                return new OutboxStore.Released(message.id());
            }
            return new OutboxStore.Failed(message.id(), message.attempts(), failure.getMessage(),
                    failure.linkBroken());
        } catch (RuntimeException unexpected) {
            // counted as an attempt: a text that always fails this way ends FAILED instead of coming back forever
            LOG.log(Level.WARNING, unexpected, () -> "Submitting outbox row " + message.id() + " failed");
            return new OutboxStore.Failed(message.id(), message.attempts(),
                    "error: " + unexpected.getClass().getSimpleName(), false);
        }
    }
}
