package org.cbeckg.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's figures as one Markdown document, padded so that it reads as well in a terminal as it renders in
 * the README: a heading with the date and the machine, a table of figures, the load per query side by side, and
 * notes on what failed.
 */
final class BenchReport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final String title;
    private final List<String> context = new ArrayList<>();
    private final MarkdownTable figures = new MarkdownTable(List.of("what", "figure"), 2);
    private final List<String> labels = new ArrayList<>();
    private final List<LoadResult> loads = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    BenchReport(String title, Instant date, Machine machine) {
        this.title = title;
        context.add("Measured " + DATE.format(date) + " on " + machine.summary() + ".");
    }

    /** A line under the title (corpus, settings). */
    void context(String line) {
        context.add(line);
    }

    /** A row of the figures table. */
    void figure(String what, String value) {
        figures.row(List.of(what, value));
    }

    /** A load run, shown in its own columns of the per-query table. */
    void load(String label, LoadResult result) {
        labels.add(label);
        loads.add(result);
    }

    void note(String line) {
        notes.add(line);
    }

    String markdown() {
        StringBuilder sb = new StringBuilder("## ").append(title).append("\n\n");
        context.forEach(c -> sb.append(c).append("  \n"));
        sb.append('\n').append(figures.render());
        if (!loads.isEmpty()) {
            LoadResult first = loads.get(0);
            sb.append(String.format(Locale.ROOT, "%nPer query: %d clients sending for %.0f s, each running every "
                    + "query in turn; latencies include failed requests.%n%n", first.clients(), first.planned()));
            sb.append(LoadTable.table(labels, loads).render());
            List<String> failures = LoadTable.failures(labels, loads);
            if (!failures.isEmpty()) {
                sb.append("\nFailures:\n\n");
                failures.forEach(f -> sb.append(f).append('\n'));
            }
        }
        if (!notes.isEmpty()) {
            sb.append("\nNotes:\n\n");
            notes.forEach(n -> sb.append("- ").append(n).append('\n'));
        }
        return sb.toString();
    }
}
