package org.cbeckg.server;

import java.io.IOException;
import java.util.function.Supplier;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.cbeckg.store.StoreStatistics;

/**
 * The page at {@code /}: what the graph holds, the zones on a map, and where each kind of user goes from here (pages
 * and search for people, the query UI and endpoint for analysts, VoID, dumps and content negotiation for machines).
 * Mapped to the context root only ({@code ""}): Fuseki keeps {@code /} for its own 404.
 */
final class HomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** What the home page shows; {@code endpoint} is absolute, as the client reached this server. */
    record HomeModel(long triples, int graphs, long articles, List<PageLink> examples, String endpoint,
                     String dumpName, String dumpSha256, String base) {
    }

    private final transient DatasetGraph dataset;
    private final transient Supplier<StoreStatistics> stats;
    private final transient LocalLinks links;
    private final transient DumpCatalog dumps;
    private final boolean trustProxy;

    HomeServlet(DatasetGraph dataset, Supplier<StoreStatistics> stats, LocalLinks links, DumpCatalog dumps,
                boolean trustProxy) {
        this.dataset = dataset;
        this.stats = stats;
        this.links = links;
        this.dumps = dumps;
        this.trustProxy = trustProxy;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        var latest = dumps.latest();
        StoreStatistics counts = stats.get();
        HomeModel model = new HomeModel(counts.triples(), (int) counts.namedGraphs(), counts.articles(), examples(),
                RequestOrigin.of(req, trustProxy) + ServerPaths.SPARQL, latest.map(DumpCatalog.DumpFile::name)
                .orElse(null), latest.map(DumpCatalog.DumpFile::sha256).orElse(null), links.base());
        RdfResponses.html(resp, HttpServletResponse.SC_OK, Pages.render("server/home.jte", model));
    }

    private List<PageLink> examples() {
        Labels labels = new Labels();
        Txn.executeRead(dataset, () -> stats.get().examples().forEach(e -> labels.collect(dataset.getUnionGraph(),
                NodeFactory.createURI(e))));
        return stats.get().examples().stream().map(e -> new PageLink(links.href(e),
                labels.best(e).orElse(ResourcePage.shortName(e)), ResourcePage.shortName(e))).toList();
    }
}
