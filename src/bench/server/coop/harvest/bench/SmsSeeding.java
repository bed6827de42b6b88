package coop.harvest.bench;

import coop.harvest.messaging.boundary.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** Queues texts into the SMS outbox through its boundary, 500 to a transaction, for the outbox throughput figure. */
@ApplicationScoped
public class SmsSeeding {

    @Inject
    Outbox outbox;

    @Inject
    InTransaction tx;

    public Map<String, Object> queue(int count) {
        long start = System.nanoTime();
        for (int from = 0; from < count; from += 500) {
            int first = from;
            int last = Math.min(count, from + 500);
            tx.call(() -> {
                for (int i = first; i < last; i++) {
                    outbox.queueBulk(String.format("1390%07d", i), "猕猴桃昨日均价8.5元/kg，低8高9，成交1200kg；现卖8.8买8.2。回TD退订");
                }
                return null;
            });
        }
        return Map.of("queued", count, "seconds", (System.nanoTime() - start) / 1e9);
    }
}
