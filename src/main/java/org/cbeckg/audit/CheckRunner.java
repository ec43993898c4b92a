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
 * Runs consistency checks over the store and turns their rows into findings. Read-only.
 *
 * <pre>{@code List<CheckResult> results = new CheckRunner(store).run(ConsistencyChecks.shipped());}</pre>
 */
public final class CheckRunner {

    private final KnowledgeStore store;

    public CheckRunner(KnowledgeStore store) {
        this.store = Objects.requireNonNull(store);
    }

    public List<CheckResult> run(List<ConsistencyCheck> checks) {
        return checks.stream().map(this::run).toList();
    }

    public CheckResult run(ConsistencyCheck check) {
        List<QuerySolution> rows;
        try {
            rows = Sparql.select(store.dataset(), check.query());
        } catch (QueryParseException e) {
            throw new CbecKgException(check.name() + ".rq", "not a valid SPARQL query: " + e.getMessage(), e);
        }
        return new CheckResult(check, rows.stream().map(r -> finding(check, r)).toList());
    }

    private static Finding finding(ConsistencyCheck check, QuerySolution row) {
        String status = FigureTracer.text(row, "status");
        if (status == null) {
            throw new CbecKgException(check.name() + ".rq", "a row has no ?status (holds, fails or incomplete)");
        }
        return new Finding(Finding.Status.valueOf(status.toUpperCase(Locale.ROOT)), FigureTracer.text(row, "finding"),
                words(FigureTracer.text(row, "facts")), words(FigureTracer.text(row, "articles")));
    }

    /** Space-separated values, each once, in order. */
    private static List<String> words(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("\\s+")).filter(w -> !w.isEmpty()).distinct().toList();
    }
}
