package org.cbeckg.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Collects one query's latencies and failures from many client threads. */
final class QueryStats {

    private final String name;
    private long[] micros = new long[64];
    private int count;
    private final Map<String, Integer> failures = new TreeMap<>();
    private String sample = "";
    private double aloneMs = Double.NaN;
    private String rows = "";

    QueryStats(String name) {
        this.name = name;
    }

    synchronized void record(long latencyMicros, Answer answer) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = latencyMicros;
        if (!answer.ok()) {
            failures.merge(answer.failure(), 1, Integer::sum);
            if (sample.isEmpty()) {
                sample = answer.detail();
            }
        }
    }

    /** What the warm-up pass found: the query's latency alone and what its answer held. */
    synchronized void warmedUp(double ms, SparqlRequest.Counted counted) {
        aloneMs = ms;
        if (!counted.answer().ok()) {
            rows = counted.answer().failure();
        } else {
            rows = counted.rows().isPresent() ? String.format(Locale.ROOT, "%,d", counted.rows().getAsLong()) : "?";
        }
    }

    synchronized double aloneMs() {
        return aloneMs;
    }

    synchronized long[] latencies() {
        return Arrays.copyOf(micros, count);
    }

    synchronized LatencySummary summary() {
        return summarise(name, aloneMs, rows, latencies(), failures, sample);
    }

    synchronized Map<String, Integer> failures() {
        return new TreeMap<>(failures);
    }

    static LatencySummary summarise(String name, double aloneMs, String rows, long[] latencies,
                                    Map<String, Integer> failures, String sample) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        int errors = failures.values().stream().mapToInt(Integer::intValue).sum();
        String kinds = new TreeMap<>(failures).entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue())
                .collect(Collectors.joining(", "));
        return new LatencySummary(name, aloneMs, rows, sorted.length, errors,
                Percentiles.nearestRank(sorted, 0.50) / 1000.0, Percentiles.nearestRank(sorted, 0.99) / 1000.0, kinds,
                sample);
    }
}
