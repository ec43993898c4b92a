package org.cbeckg.server.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * A small load client, not a test: N concurrent clients run the server's example queries (from
 * {@code /ui/examples.json}, so exactly what the UI offers) round-robin for a bounded time, then p50/p99 latency per
 * query and overall are printed.
 * Refuses any target that is not loopback. Run against a running {@code serve}:
 *
 * <pre>
 * java -jar target/cbec-kg.jar serve &amp;
 * java -cp target/cbec-kg.jar:target/test-classes org.cbeckg.server.bench.QueryLoad http://127.0.0.1:3030/ 16 30
 * </pre>
 */
public final class QueryLoad {

    /** Hard bounds, whatever the arguments: the load stops by itself. */
    static final int MAX_SECONDS = 300;
    static final int MAX_REQUESTS = 1_000_000;

    private record Example(String name, String query) {
    }

    private QueryLoad() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:3030/");
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = Math.min(MAX_SECONDS, args.length > 2 ? Integer.parseInt(args[2]) : 30);
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("only a server on loopback may be loaded, not " + base.getHost());
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Example> examples = examples(http, base);
        URI endpoint = base.resolve("kg/sparql");
        for (int i = 0; i < 3; i++) {
            for (Example e : examples) {
                run(http, endpoint, e);
            }
        }
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong sent = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                try {
                    for (int i = offset; System.nanoTime() < end && sent.incrementAndGet() <= MAX_REQUESTS; i++) {
                        Example e = examples.get(i % examples.size());
                        long t0 = System.nanoTime();
                        int status = run(http, endpoint, e);
                        long micros = (System.nanoTime() - t0) / 1000;
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                        latencies.computeIfAbsent(e.name(), k -> Collections.synchronizedList(new ArrayList<>()))
                                .add(micros);
                    }
                } finally {
                    done.countDown();
                }
            }, "load-" + c);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        report(latencies, clients, seconds, errors.get());
    }

    private static List<Example> examples(HttpClient http, URI base) throws Exception {
        String body = http.send(HttpRequest.newBuilder(base.resolve("ui/examples.json")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        JsonArray array = JSON.parseAny(body).getAsArray();
        List<Example> list = new ArrayList<>();
        array.forEach(v -> {
            JsonObject o = v.getAsObject();
            list.add(new Example(o.getString("name"), o.getString("query")));
        });
        if (list.isEmpty()) {
            throw new IllegalStateException("the server offers no example queries");
        }
        return list;
    }

    private static int run(HttpClient http, URI endpoint, Example e) {
        HttpRequest req = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(e.query(),
                        StandardCharsets.UTF_8))).build();
        try {
            return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException ex) {
            return -1;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void report(Map<String, List<Long>> latencies, int clients, int seconds, int errors) {
        List<Long> all = new ArrayList<>();
        System.out.printf("%d clients, %d s, %d errors%n%-40s %8s %10s %10s%n", clients, seconds, errors, "query",
                "requests", "p50 ms", "p99 ms");
        for (Map.Entry<String, List<Long>> e : new TreeMap<>(latencies).entrySet()) {
            List<Long> l = new ArrayList<>(e.getValue());
            all.addAll(l);
            print(e.getKey(), l);
        }
        print("ALL", all);
        System.out.printf("throughput %.0f requests/s%n", all.size() / (double) seconds);
    }

    private static void print(String name, List<Long> micros) {
        Collections.sort(micros);
        System.out.printf("%-40s %8d %10.1f %10.1f%n", name, micros.size(), pct(micros, 0.50) / 1000.0,
                pct(micros, 0.99) / 1000.0);
    }

    private static long pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
