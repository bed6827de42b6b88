package coop.harvest.notifications.boundary;

import coop.harvest.platform.Dates;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Open event streams. Each polls the database every two seconds for its account's new notifications (so it works
 * whichever instance wrote them) and ends after a few minutes; EventSource reconnects by itself, and no request
 * thread is held while a stream waits.
 */
@ApplicationScoped
public class NotificationStreams {

    private static final Logger LOG = Logger.getLogger(NotificationStreams.class.getName());
    static final Duration POLL = Duration.ofSeconds(2);
    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    NotificationFeed feed;

    /** A change the badge shows: the newest notification (absent on connect) and the unread count. */
    public record Update(NotificationView notification, long unread) {
    }

    /** Streams the account's new notifications in the language the account reads ("zh" or "en"). */
    public void open(long accountId, String language, SseEventSink sink, Sse sse) {
        long[] lastSeen = {feed.latestId(accountId)};
        Instant end = Dates.now().plus(LIFETIME);
        send(sink, sse, "unread", new Update(null, feed.unreadCount(accountId)));
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        task.set(scheduler.scheduleWithFixedDelay(() -> {
            try {
                if (sink.isClosed() || Dates.now().isAfter(end)) {
                    close(sink, task.get());
                    return;
                }
                List<NotificationView> fresh = feed.after(accountId, lastSeen[0], language);
                if (fresh.isEmpty()) {
                    sink.send(sse.newEventBuilder().comment("waiting").build());
                    return;
                }
                long unread = feed.unreadCount(accountId);
                for (NotificationView n : fresh) {
                    send(sink, sse, "notification", new Update(n, unread));
                    lastSeen[0] = n.id();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "notification stream ended", e);
                close(sink, task.get());
            }
        }, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS));
    }

    private static void send(SseEventSink sink, Sse sse, String name, Update update) {
        sink.send(sse.newEventBuilder().name(name).mediaType(MediaType.TEXT_PLAIN_TYPE)
                .data(String.class, JSONB.toJson(update)).build());
    }

    private static void close(SseEventSink sink, ScheduledFuture<?> task) {
        if (task != null) {
            task.cancel(false);
        }
        try {
            sink.close();
        } catch (RuntimeException alreadyGone) {
            // the client left first
        }
    }
}
