package org.cbeckg.server.audit;

import java.io.IOException;
import java.util.Objects;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cbeckg.derive.FigureParser;
import org.cbeckg.audit.TraceAudit;
import org.cbeckg.audit.TraceJson;
import org.cbeckg.audit.TraceReport;
import org.cbeckg.audit.TraceRequest;
import org.cbeckg.server.Pages;

/**
 * {@code GET /trace?value=1.98万亿} (also {@code &measure=…&period=…&area=…}): every observation of the figure with
 * its sources, each re-checked against its file, as HTML or JSON ({@link Responses#wantsJson}). A failed re-check
 * still answers 200: the page is the report, and says so at the top.
 *
 * <pre>{@code builder.addServlet("/trace", new TraceServlet(audit, FigureParser.standard(), href));}</pre>
 */
public final class TraceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient TraceAudit audit;
    private final transient FigureParser parser;
    private final transient UnaryOperator<String> href;

    /** {@code href} gives the link on this server of an IRI from the store. */
    public TraceServlet(TraceAudit audit, FigureParser parser, UnaryOperator<String> href) {
        this.audit = Objects.requireNonNull(audit);
        this.parser = Objects.requireNonNull(parser);
        this.href = Objects.requireNonNull(href);
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
            Responses.html(resp, HttpServletResponse.SC_OK, Pages.render("server/audit/trace.jte",
                    AuditPage.trace(report, href)));
        }
    }
}
