import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A registration rush: N registrations from C concurrent clients against one event, through the public
 * JSON endpoint, each from its own (forwarded) address. Prints registrations per second and latencies.
 *
 * <p>Usage: {@code java Rush.java <baseUrl> <eventId> <registrations> <clients>}
 */
public class Rush {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String event = args[1];
        int total = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String run = Long.toString(System.currentTimeMillis(), 36);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long[] latencies = new long[total];
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<Future<Integer>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < total; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/events/" + event + "/registrations"))
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254)))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"name\":\"Person " + n + "\",\"email\":\"bench-" + run + "-" + n + "@example.org\",\"consent\":true}"))
                        .build();
                long t0 = System.nanoTime();
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                latencies[n] = System.nanoTime() - t0;
                return status;
            }));
        }
        for (Future<Integer> future : futures) {
            statuses.merge(future.get(), 1, Integer::sum);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        System.out.printf("registrations=%d clients=%d seconds=%.2f rate=%.1f/s p50=%.1fms p99=%.1fms max=%.1fms statuses=%s%n",
                total, clients, seconds, total / seconds, latencies[total / 2] / 1e6,
                latencies[(int) Math.ceil(total * 0.99) - 1] / 1e6, latencies[total - 1] / 1e6, statuses);
    }
}
