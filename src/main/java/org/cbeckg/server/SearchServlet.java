package org.cbeckg.server;

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
        List<Hit> hits = q.isEmpty() ? List.of() : hits(search.search(q, LIMIT), q);
        RdfResponses.html(resp, HttpServletResponse.SC_OK, Pages.render("server/search.jte", new SearchModel(q, hits)));
    }

    /** The search page: the phrase (may be empty) and its hits. */
    record SearchModel(String q, List<Hit> hits) {
    }

    /** One hit: the resource's link, the field matched, and the text cut around the first occurrence. */
    record Hit(PageLink resource, String field, Excerpt text) {
    }

    private List<Hit> hits(List<TextSearch.Hit> found, String q) {
        Labels labels = new Labels();
        Txn.executeRead(dataset, () -> found.forEach(h -> labels.collect(dataset.getUnionGraph(),
                org.apache.jena.graph.NodeFactory.createURI(h.iri()))));
        return found.stream().map(h -> new Hit(new PageLink(links.href(h.iri()),
                labels.best(h.iri()).orElse(ResourcePage.shortName(h.iri()))), h.field(), marked(h.text(), q)))
                .toList();
    }

    /** The first occurrence of the phrase, for the template to mark. */
    private static Excerpt marked(String text, String q) {
        String shown = text.length() > 300 ? text.substring(0, 300) + "…" : text;
        int at = shown.indexOf(q);
        return at < 0 ? new Excerpt(false, shown, "", "", false)
                : new Excerpt(false, shown.substring(0, at), q, shown.substring(at + q.length()), false);
    }
}
