package org.cbeckg.server.audit;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cbeckg.derive.FigureParser;
import org.cbeckg.audit.Recheck;
import org.cbeckg.audit.Source;
import org.cbeckg.audit.TraceAudit;
import org.cbeckg.audit.TraceJson;
import org.cbeckg.audit.TraceReport;
import org.cbeckg.audit.TraceRequest;
import org.cbeckg.audit.TracedFigure;
import org.cbeckg.server.Html;

/**
 * {@code GET /trace?value=1.98万亿} (also {@code &measure=…&period=…&area=…}): every observation of the figure with
 * its sources, each re-checked against its file, as HTML or JSON ({@link Responses#wantsJson}). A failed re-check
 * still answers 200: the page is the report, and says so at the top.
 *
 * <pre>{@code builder.addServlet("/trace", new TraceServlet(audit, FigureParser.standard()));}</pre>
 */
public final class TraceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient TraceAudit audit;
    private final transient FigureParser parser;

    public TraceServlet(TraceAudit audit, FigureParser parser) {
        this.audit = Objects.requireNonNull(audit);
        this.parser = Objects.requireNonNull(parser);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        TraceRequest request;
        try {
            request = TraceRequest.of(req.getParameter("value"), parser, req.getParameter("measure"),
                    req.getParameter("period"), req.getParameter("area"));
        } catch (IllegalArgumentException e) {
            Responses.badRequest(req, resp, e.getMessage());
            return;
        }
        TraceReport report = audit.trace(request);
        if (Responses.wantsJson(req)) {
            Responses.json(resp, HttpServletResponse.SC_OK, TraceJson.of(report));
        } else {
            Responses.html(resp, HttpServletResponse.SC_OK, page(report));
        }
    }

    static String page(TraceReport report) {
        StringBuilder body = new StringBuilder();
        body.append(report.verified()
                ? "<p class=\"ok\">Re-check: every source still matches its file.</p>\n"
                : "<p class=\"mismatch\">Re-check FAILED for " + report.failures() + " source(s): see below.</p>\n");
        body.append("<p>").append(report.figures().size()).append(" observation(s).</p>\n");
        report.figures().forEach(f -> figure(body, f, report));
        String input = report.request().input();
        String title = "Trace " + (input == null ? "" : input);
        return Html.page(title, "<h1>" + Html.escape(title) + "</h1>\n" + body);
    }

    private static void figure(StringBuilder b, TracedFigure f, TraceReport report) {
        b.append("<h2>").append(Html.escape(f.value().toPlainString())).append(' ').append(Html.escape(f.unit()))
                .append(" — ").append(Html.escape(f.measure())).append("</h2>\n<table>\n");
        row(b, "written", f.surfaceForm() + " (" + f.qualifier() + ")");
        row(b, "period", f.period());
        row(b, "area", f.area());
        row(b, "speaker", f.speaker() == null ? null : f.speaker().describe());
        row(b, "event", f.event() == null ? null : f.event() + (f.eventDate() == null ? "" : " " + f.eventDate()));
        b.append("<tr><th>observation</th><td>").append(Html.link(f.observation(), f.observation()))
                .append("</td></tr>\n</table>\n");
        b.append("<table>\n<tr><th>article</th><th>date</th><th>file</th><th>SHA-256</th><th>quote</th>"
                + "<th>[start, end)</th><th>re-check</th></tr>\n");
        f.sources().forEach(s -> source(b, s, report.recheckOf(s)));
        b.append("</table>\n");
    }

    private static void source(StringBuilder b, Source s, Recheck check) {
        b.append("<tr><td>").append(Html.escape(s.title())).append("</td><td>").append(Html.escape(s.date()))
                .append("</td><td>").append(Html.escape(s.fileName())).append("</td><td><code>")
                .append(Html.escape(s.sha256())).append("</code></td><td>").append(Html.escape(s.exact()))
                .append("</td><td>").append(s.start()).append(", ").append(s.end()).append("</td>");
        if (check == null || check.ok()) {
            b.append("<td class=\"ok\">OK</td></tr>\n");
            return;
        }
        b.append("<td class=\"mismatch\">MISMATCH<ul>");
        check.problems().forEach(p -> b.append("<li>").append(Html.escape(p)).append("</li>"));
        b.append("</ul></td></tr>\n");
    }

    private static void row(StringBuilder b, String label, String value) {
        if (value != null) {
            b.append("<tr><th>").append(label).append("</th><td>").append(Html.escape(value)).append("</td></tr>\n");
        }
    }
}
