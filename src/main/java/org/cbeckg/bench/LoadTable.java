package org.cbeckg.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Load runs side by side: a table of requests, errors, p50 and p99 per query, and the failures explained. */
final class LoadTable {

    private static final int SAMPLE = 160;

    private LoadTable() {
    }

    /**
     * One row per query (in the order run) and one for all; per labelled run, the warm-up's rows and latency alone,
     * then the load's requests, errors and percentiles.
     */
    static MarkdownTable table(List<String> labels, List<LoadResult> results) {
        List<String> header = new ArrayList<>(List.of("query"));
        for (String label : labels) {
            header.addAll(List.of(label + ": rows", "alone ms", "requests", "errors", "p50 ms", "p99 ms"));
        }
        MarkdownTable table = new MarkdownTable(header, 1);
        Set<String> names = new LinkedHashSet<>();
        results.forEach(r -> r.queries().forEach(q -> names.add(q.name())));
        for (String name : names) {
            List<String> row = new ArrayList<>(List.of(name));
            results.forEach(r -> row.addAll(r.query(name).map(LoadTable::cells).orElse(List.of("", "", "", "", "",
                    ""))));
            table.row(row);
        }
        List<String> all = new ArrayList<>(List.of("all"));
        results.forEach(r -> all.addAll(cells(r.all())));
        return table.row(all);
    }

    private static List<String> cells(LatencySummary s) {
        String alone = Double.isNaN(s.aloneMs()) ? "–" : millis(s.aloneMs());
        if (s.requests() == 0) {
            return List.of(s.rows(), alone, "0", "", "–", "–");
        }
        return List.of(s.rows(), alone, String.format(Locale.ROOT, "%,d", s.requests()),
                String.format(Locale.ROOT, "%,d", s.errors()), millis(s.p50Ms()), millis(s.p99Ms()));
    }

    static String millis(double ms) {
        return String.format(Locale.ROOT, ms < 10 ? "%.1f" : "%,.0f", ms);
    }

    /** One line per query that failed, per run: how often, in which way, and the start of the first answer. */
    static List<String> failures(List<String> labels, List<LoadResult> results) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            for (LatencySummary q : results.get(i).queries()) {
                if (q.errors() > 0) {
                    lines.add(String.format("- `%s` on %s: %s; first: \"%s\"", q.name(), labels.get(i), q.failures(),
                            shorten(q.sample())));
                }
            }
        }
        return lines;
    }

    private static String shorten(String s) {
        String one = s.replace('"', '\'').replace('`', '\'');
        return one.length() <= SAMPLE ? one : one.substring(0, SAMPLE) + "…";
    }
}
