package org.cbeckg.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.cbeckg.CbecKgException;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.Sparql;

/**
 * Runs consistency checks over the store and turns their rows into findings, streaming: each check's rows are counted
 * as they come and only the first few of each status are kept ({@link FindingTally}), so memory does not grow with
 * the findings. Read-only.
 *
 * <pre>{@code List<CheckResult> results = new CheckRunner(store, 20).run(ConsistencyChecks.shipped());}</pre>
 */
public final class CheckRunner {

    /** Findings of each status kept per check unless the caller asks for more. */
    public static final int DEFAULT_SHOWN = 20;

    private final KnowledgeStore store;
    private final int shown;

    public CheckRunner(KnowledgeStore store) {
        this(store, DEFAULT_SHOWN);
    }

    /** @param shown findings of each status to keep per check (the rest are counted) */
    public CheckRunner(KnowledgeStore store, int shown) {
        this.store = Objects.requireNonNull(store);
        if (shown < 1) {
            throw new IllegalArgumentException("at least one finding must be shown, not " + shown);
        }
        this.shown = shown;
    }

    public List<CheckResult> run(List<ConsistencyCheck> checks) {
        return checks.stream().map(this::run).toList();
    }

    public CheckResult run(ConsistencyCheck check) {
        FindingTally tally = new FindingTally(shown);
        try {
            Sparql.forEach(store.dataset(), check.query(), row -> tally.add(finding(check, row)));
        } catch (QueryParseException e) {
            throw new CbecKgException(check.name() + ".rq", "not a valid SPARQL query: " + e.getMessage(), e);
        }
        return tally.result(check);
    }

    private static Finding finding(ConsistencyCheck check, QuerySolution row) {
        String status = FigureTracer.text(row, "status");
        if (status == null) {
            throw new CbecKgException(check.name() + ".rq", "a row has no ?status (holds, fails or incomplete)");
        }
        String text = FigureTracer.text(row, "finding");
        if (text == null) {
            throw new CbecKgException(check.name() + ".rq", "a row has no ?finding (what holds or fails, in words)");
        }
        return new Finding(Finding.Status.valueOf(status.toUpperCase(Locale.ROOT)), text,
                words(FigureTracer.text(row, "facts")), words(FigureTracer.text(row, "articles")));
    }

    /** Space-separated values. */
    private static List<String> words(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
