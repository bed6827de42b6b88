package coop.harvest.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** A closed-loop HTTP load generator: N clients, each sending its next request as soon as the last one answered. */
final class Load {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(8)).build();

    private Load() {
    }

    /** Latencies and status counts of one run. */
    record Result(long[] sortedNanos, Map<Integer, Integer> statuses, double seconds) {

        int requests() {
            return sortedNanos.length;
        }

        int count(int status) {
            return statuses.getOrDefault(status, 0);
        }

        double throughput() {
            return sortedNanos.length / seconds;
        }

        double throughputOf(int status) {
            return count(status) / seconds;
        }

        double p50() {
            return percentile(50);
        }

        double p99() {
            return percentile(99);
        }

        double percentile(int p) {
            if (sortedNanos.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1_000_000.0;
        }
    }

    /** Runs {@code clients} loops for {@code duration}; {@code next} builds client i's next request. */
    static Result forDuration(int clients, Duration duration, IntFunction<HttpRequest> next) {
        long deadline = System.nanoTime() + duration.toNanos();
        return run(clients, next, () -> System.nanoTime() < deadline, null);
    }

    /** Runs until any client gets {@code stopStatus} (e.g. 409 when a listing sells out), at most {@code max}. */
    static Result untilStatus(int clients, Duration max, int stopStatus, IntFunction<HttpRequest> next) {
        long deadline = System.nanoTime() + max.toNanos();
        AtomicBoolean stop = new AtomicBoolean();
        return run(clients, next, () -> !stop.get() && System.nanoTime() < deadline, s -> {
            if (s == stopStatus) {
                stop.set(true);
            }
        });
    }

    /** Sends every request once, {@code clients} at a time; for seeding. */
    static Result all(int clients, List<HttpRequest> requests) {
        AtomicInteger next = new AtomicInteger();
        return run(clients, i -> requests.get(next.getAndIncrement()), () -> next.get() < requests.size(), null);
    }

    private interface Condition {
        boolean holds();
    }

    private interface StatusListener {
        void seen(int status);
    }

    private static Result run(int clients, IntFunction<HttpRequest> next, Condition more, StatusListener listener) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<Object[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                long[] latencies = new long[1024];
                int n = 0;
                Map<Integer, Integer> statuses = new TreeMap<>();
                while (more.holds()) {
                    HttpRequest request;
                    try {
                        request = next.apply(client);
                    } catch (IndexOutOfBoundsException done) {
                        break;
                    }
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    long elapsed = System.nanoTime() - t0;
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = elapsed;
                    statuses.merge(status, 1, Integer::sum);
                    if (listener != null) {
                        listener.seen(status);
                    }
                }
                return new Object[]{Arrays.copyOf(latencies, n), statuses};
            }));
        }
        List<long[]> all = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        try {
            for (Future<Object[]> future : futures) {
                Object[] result = future.get();
                all.add((long[]) result[0]);
                @SuppressWarnings("unchecked")
                Map<Integer, Integer> part = (Map<Integer, Integer>) result[1];
                part.forEach((k, v) -> statuses.merge(k, v, Integer::sum));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(merged, statuses, seconds);
    }

    /**
     * Sends every request once on {@code clients} connections, again (after a pause) while it answers 503, the
     * server's "busy, try again" (a lock wait that outlasted its retries), up to {@code attempts} times in all, as a
     * client that follows Retry-After does; answers the final statuses.
     */
    static Map<Integer, Integer> allRetryingBusy(int clients, List<HttpRequest> requests, int attempts)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (HttpRequest request : requests) {
                answers.add(pool.submit(() -> {
                    int status = -1;
                    for (int attempt = 1; attempt <= attempts; attempt++) {
                        status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status != 503) {
                            break;
                        }
                        Thread.sleep(200L * attempt);
                    }
                    return status;
                }));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                try {
                    statuses.merge(answer.get(), 1, Integer::sum);
                } catch (ExecutionException failed) {
                    statuses.merge(-1, 1, Integer::sum);
                }
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
