package org.cbeckg.audit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

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
        return new CheckResult(check, merge(rows.stream().map(r -> finding(check, r)).toList()));
    }

    /**
     * One finding per status and text: the same sum stated by several articles (batch 6's 27 in two articles) is one
     * finding naming all of them, not one row per combination of sources.
     */
    static List<Finding> merge(List<Finding> findings) {
        Map<String, Finding> merged = new LinkedHashMap<>();
        for (Finding f : findings) {
            merged.merge(f.status() + "|" + f.text(), f, (a, b) -> new Finding(a.status(), a.text(),
                    union(a.facts(), b.facts()), union(a.articles(), b.articles())));
        }
        return List.copyOf(merged.values());
    }

    private static List<String> union(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).distinct().toList();
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
