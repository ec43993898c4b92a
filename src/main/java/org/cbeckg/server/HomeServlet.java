package org.cbeckg.server;

import static org.cbeckg.server.Html.escape;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.cbeckg.store.StoreStatistics;

/**
 * The page at {@code /}: what the graph holds and where each kind of user goes from here (pages and search for
 * people, the query UI and endpoint for analysts, VoID, dumps and content negotiation for machines). Mapped to the
 * context root only ({@code ""}): Fuseki keeps {@code /} for its own 404.
 */
final class HomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient DatasetGraph dataset;
    private final transient Supplier<StoreStatistics> stats;
    private final transient LocalLinks links;
    private final transient DumpCatalog dumps;

    HomeServlet(DatasetGraph dataset, Supplier<StoreStatistics> stats, LocalLinks links, DumpCatalog dumps) {
        this.dataset = dataset;
        this.stats = stats;
        this.links = links;
        this.dumps = dumps;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        RdfResponses.html(resp, HttpServletResponse.SC_OK, Html.page("Home", body()));
    }

    private String body() {
        String sparql = links.base() + ServerPaths.SPARQL.substring(1);
        StringBuilder b = new StringBuilder();
        b.append("<h1>CBEC-KG · 跨境电子商务综合试验区知识图谱</h1>\n")
                .append("<p class=\"en\" lang=\"en\">A knowledge graph of China's cross-border e-commerce "
                        + "comprehensive pilot zones, built from news articles: every fact links to the quote it "
                        + "was read from.</p>\n");
        b.append("<p>").append(stats.get().triples()).append(" triples in ").append(stats.get().namedGraphs())
                .append(" named graphs, from ").append(stats.get().articles()).append(" articles.</p>\n");
        b.append("<h2>Browse</h2>\n<ul class=\"examples\">").append(examples()).append("</ul>\n");
        b.append("<h2>Query</h2>\n<ul><li>").append(Html.link(ServerPaths.UI, "SPARQL query editor"))
                .append(" with the ontology's prefixes and example queries</li>\n<li>Endpoint <code>")
                .append(escape(sparql)).append("</code> (SPARQL 1.1 query, GET or POST; results as JSON, XML, CSV, "
                + "TSV, Turtle, JSON-LD…); GET without a query gives its service description</li>\n<li>Named graphs, "
                + "read only: <code>").append(escape(ServerPaths.GRAPH_STORE)).append("?graph=IRI</code></li></ul>\n");
        b.append("<h2>Data</h2>\n<ul><li>").append(Html.link(ServerPaths.VOID, "VoID description"))
                .append("</li><li>").append(Html.link(ServerPaths.DUMPS, "Dumps")).append(dumps.latest()
                        .map(d -> " (latest: " + escape(d.name()) + ", SHA-256 <code>" + d.sha256() + "</code>)")
                        .orElse("")).append("</li><li>Every IRI under <code>").append(escape(links.base()))
                .append("id/</code> answers HTML, Turtle, JSON-LD, N-Triples or RDF/XML by <code>Accept</code> "
                        + "or <code>?format=</code></li></ul>\n");
        return b.toString();
    }

    private String examples() {
        Labels labels = new Labels();
        Txn.executeRead(dataset, () -> stats.get().examples().forEach(e -> labels.collect(dataset.getUnionGraph(),
                NodeFactory.createURI(e))));
        StringBuilder b = new StringBuilder();
        for (String e : stats.get().examples()) {
            b.append("<li>").append(Html.link(links.href(e), labels.best(e).orElse(ResourcePage.shortName(e))))
                    .append(" <code>").append(escape(ResourcePage.shortName(e))).append("</code></li>");
        }
        return b.toString();
    }
}
