package org.cbeckg.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.cbeckg.server.ExampleQueries;

/**
 * A load client: N concurrent clients run the queries round-robin (starting spread over the list) against one SPARQL
 * endpoint for a bounded time, after one warm-up pass, and the latencies and failures are collected per query.
 * Refuses any endpoint that is not on loopback: it is for measuring one's own server, never someone else's.
 *
 * <p>By hand, against a running {@code serve}, with every query shipped in the jar:
 * <pre>
 * java -cp target/cbec-kg.jar org.cbeckg.bench.QueryLoad http://127.0.0.1:3030/kg/sparql 16 30
 * </pre>
 */
public final class QueryLoad {

    /** Hard bounds, whatever the arguments: the load stops by itself. */
    static final int MAX_SECONDS = 600;
    static final long MAX_REQUESTS = 10_000_000;

    /** One query to run: its name (path under {@code queries/}) and text. */
    public record Query(String name, String text) {
    }

    private final URI endpoint;
    private final List<Query> queries;
    private final int clients;
    private final Duration duration;
    private final Duration requestTimeout;
    private final boolean fresh;

    /** @param fresh every request asks for a fresh evaluation ({@code Cache-Control: no-cache}) */
    QueryLoad(URI endpoint, List<Query> queries, int clients, Duration duration, Duration requestTimeout,
              boolean fresh) {
        requireLoopback(endpoint);
        if (queries.isEmpty() || clients < 1 || duration.isNegative() || duration.getSeconds() > MAX_SECONDS) {
            throw new IllegalArgumentException("need queries, at least one client and at most " + MAX_SECONDS
                    + " s");
        }
        this.endpoint = endpoint;
        this.queries = List.copyOf(queries);
        this.clients = clients;
        this.duration = duration;
        this.requestTimeout = requestTimeout;
        this.fresh = fresh;
    }

    public static void main(String[] args) throws InterruptedException {
        URI endpoint = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:3030/kg/sparql");
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        boolean fresh = args.length > 3 && args[3].equals("fresh");
        QueryLoad load = new QueryLoad(endpoint, shipped(), clients, Duration.ofSeconds(seconds),
                Duration.ofSeconds(60), fresh);
        LoadResult result = load.run(System.err::println);
        System.out.print(LoadTable.table(List.of("load"), List.of(result)).render());
        LoadTable.failures(List.of("load"), List.of(result)).forEach(System.out::println);
    }

    /** Every query shipped in the jar under {@code queries/} (examples, gold, checks), prefixes declared. */
    static List<Query> shipped() {
        return ExampleQueries.load().stream().map(e -> new Query(e.name(), e.query())).toList();
    }

    /**
     * One warm-up pass over every query, one at a time (its latencies and answer sizes are reported too), then the
     * timed run; {@code progress} hears about both.
     */
    LoadResult run(Consumer<String> progress) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        SparqlRequest request = new SparqlRequest(http, endpoint, requestTimeout, fresh);
        Map<String, QueryStats> stats = new LinkedHashMap<>();
        queries.forEach(q -> stats.put(q.name(), new QueryStats(q.name())));
        long warm = System.nanoTime();
        for (Query q : queries) {
            long t0 = System.nanoTime();
            SparqlRequest.Counted answer = request.sendCounting(q.text());
            stats.get(q.name()).warmedUp((System.nanoTime() - t0) / 1e6, answer);
        }
        progress.accept(String.format("warm-up: %d queries once, one at a time, in %.1f s", queries.size(),
                (System.nanoTime() - warm) / 1e9));
        AtomicLong sent = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            // Spread over the whole list, so that slow queries cannot keep the last ones from ever being loaded.
            startClient(c, c * queries.size() / clients, request, stats, sent, end, done);
        }
        while (!done.await(10, TimeUnit.SECONDS)) {
            progress.accept(String.format("%.0f/%d s, %,d requests", (System.nanoTime() - start) / 1e9,
                    duration.getSeconds(), sent.get()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return LoadResult.of(clients, duration.toMillis() / 1000.0, seconds, stats.values());
    }

    private void startClient(int client, int offset, SparqlRequest request, Map<String, QueryStats> stats,
                             AtomicLong sent, long end, CountDownLatch done) {
        Thread t = new Thread(() -> {
            try {
                for (int i = offset; System.nanoTime() < end && sent.incrementAndGet() <= MAX_REQUESTS; i++) {
                    Query q = queries.get(i % queries.size());
                    long t0 = System.nanoTime();
                    Answer answer = request.send(q.text());
                    stats.get(q.name()).record((System.nanoTime() - t0) / 1000, answer);
                }
            } finally {
                done.countDown();
            }
        }, "load-" + client);
        t.setDaemon(true);
        t.start();
    }

    static void requireLoopback(URI endpoint) {
        try {
            if (endpoint.getHost() == null || !InetAddress.getByName(endpoint.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("only a server on loopback may be loaded, not " + endpoint);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host in " + endpoint, e);
        }
    }
}
