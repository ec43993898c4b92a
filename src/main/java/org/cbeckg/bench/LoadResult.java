package org.cbeckg.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.LongStream;

/**
 * What one load run measured.
 *
 * @param clients concurrent clients
 * @param planned how long the clients kept sending, in seconds
 * @param seconds how long the timed run took (the last requests end after the deadline)
 * @param queries per query, in the order they were run
 * @param all     every request of the run together
 */
record LoadResult(int clients, double planned, double seconds, List<LatencySummary> queries, LatencySummary all) {

    LoadResult {
        queries = List.copyOf(queries);
    }

    static LoadResult of(int clients, double planned, double seconds, Collection<QueryStats> stats) {
        List<LatencySummary> each = new ArrayList<>();
        List<long[]> latencies = new ArrayList<>();
        Map<String, Integer> failures = new TreeMap<>();
        String sample = "";
        for (QueryStats s : stats) {
            LatencySummary summary = s.summary();
            each.add(summary);
            latencies.add(s.latencies());
            s.failures().forEach((k, v) -> failures.merge(k, v, Integer::sum));
            sample = sample.isEmpty() ? summary.sample() : sample;
        }
        long[] merged = latencies.stream().flatMapToLong(LongStream::of).toArray();
        double pass = stats.stream().mapToDouble(QueryStats::aloneMs).sum();
        return new LoadResult(clients, planned, seconds, each, QueryStats.summarise("all", pass, "", merged, failures,
                sample));
    }

    double requestsPerSecond() {
        return seconds <= 0 ? 0 : all.requests() / seconds;
    }

    Optional<LatencySummary> query(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }
}
