package org.cbeckg.server;

import static org.cbeckg.server.Html.escape;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** {@value ServerPaths#SEARCH}{@code ?q=}: the full-text search page, one row per hit, linked to the resource page. */
final class SearchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int LIMIT = 50;
    /** A phrase longer than this is no search a person typed. */
    static final int MAX_QUERY = 200;

    private final transient DatasetGraph dataset;
    private final transient TextSearch search;
    private final transient LocalLinks links;

    SearchServlet(DatasetGraph dataset, LocalLinks links) {
        this.dataset = dataset;
        this.search = new TextSearch(dataset);
        this.links = links;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        if (q.length() > MAX_QUERY) {
            RdfResponses.text(resp, HttpServletResponse.SC_BAD_REQUEST, "Search for at most " + MAX_QUERY
                    + " characters; for more, use text:query in SPARQL.");
            return;
        }
        StringBuilder b = new StringBuilder("<h1>Search</h1>\n<form action=\"" + ServerPaths.SEARCH + "\">"
                + "<input name=\"q\" value=\"" + escape(q) + "\"> <button>Search</button></form>\n");
        if (!q.isEmpty()) {
            b.append(results(q, search.search(q, LIMIT)));
        }
        RdfResponses.html(resp, HttpServletResponse.SC_OK, Html.page(q.isEmpty() ? "Search" : q, b.toString()));
    }

    private String results(String q, List<TextSearch.Hit> hits) {
        if (hits.isEmpty()) {
            return "<p>Nothing matches <q>" + escape(q) + "</q>.</p>";
        }
        Labels labels = new Labels();
        Txn.executeRead(dataset, () -> hits.forEach(h -> labels.collect(dataset.getUnionGraph(),
                org.apache.jena.graph.NodeFactory.createURI(h.iri()))));
        StringBuilder b = new StringBuilder("<p>" + hits.size() + " hit(s) for the phrase <q>" + escape(q)
                + "</q>.</p>\n<table class=\"hits\"><tr><th>Resource</th><th>Field</th><th>Text</th></tr>\n");
        for (TextSearch.Hit h : hits) {
            String name = labels.best(h.iri()).orElse(ResourcePage.shortName(h.iri()));
            b.append("<tr><td>").append(Html.link(links.href(h.iri()), name)).append("</td><td>")
                    .append(escape(h.field())).append("</td><td>").append(highlight(h.text(), q))
                    .append("</td></tr>\n");
        }
        return b.append("</table>\n").toString();
    }

    /** Marks the first occurrence of the phrase; each piece is escaped on its own. */
    private static String highlight(String text, String q) {
        String shown = text.length() > 300 ? text.substring(0, 300) + "…" : text;
        int at = shown.indexOf(q);
        if (at < 0) {
            return escape(shown);
        }
        return escape(shown.substring(0, at)) + "<mark>" + escape(q) + "</mark>"
                + escape(shown.substring(at + q.length()));
    }
}
