package org.cbeckg.audit;

import java.util.List;
import java.util.Map;

/**
 * The answer to a trace: the figures found and the re-check of each of their sources.
 *
 * @param rechecks  by evidence IRI ({@link Source#evidence()})
 */
public record TraceReport(TraceRequest request, List<TracedFigure> figures, Map<String, Recheck> rechecks) {
    public TraceReport {
        figures = List.copyOf(figures);
        rechecks = Map.copyOf(rechecks);
    }

    public Recheck recheckOf(Source source) {
        return rechecks.get(source.evidence());
    }

    public long failures() {
        return rechecks.values().stream().filter(r -> !r.ok()).count();
    }

    /** True when every source of every figure still matches its file. */
    public boolean verified() {
        return failures() == 0;
    }
}
