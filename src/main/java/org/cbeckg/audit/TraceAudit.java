package org.cbeckg.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cbeckg.derive.FigureParser;

/**
 * The auditor's trace: every observation of a figure from the store, each source re-checked against its file.
 * Shared by the {@code trace} command and the {@code /trace} page.
 *
 * <pre>{@code
 * TraceAudit audit = new TraceAudit(new FigureTracer(store), new SourceRechecker(ArticleLocator.in(folders)));
 * TraceReport report = audit.trace(TraceRequest.of("1.98万亿", FigureParser.standard(), null, null, null));
 * }</pre>
 */
public final class TraceAudit {

    private final FigureTracer tracer;
    private final SourceRechecker rechecker;

    public TraceAudit(FigureTracer tracer, SourceRechecker rechecker) {
        this.tracer = Objects.requireNonNull(tracer);
        this.rechecker = Objects.requireNonNull(rechecker);
    }

    public TraceReport trace(TraceRequest request) {
        List<TracedFigure> figures = tracer.find(request);
        Map<String, Recheck> rechecks = new LinkedHashMap<>();
        figures.forEach(f -> f.sources().forEach(s -> rechecks.computeIfAbsent(s.evidence(),
                k -> rechecker.check(s))));
        return new TraceReport(request, figures, rechecks);
    }
}
