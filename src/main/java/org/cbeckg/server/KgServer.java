package org.cbeckg.server;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cbeckg.audit.ArticleLocator;
import org.cbeckg.audit.DerivedGraphReader;
import org.cbeckg.derive.FigureParser;
import org.cbeckg.audit.FigureTracer;
import org.cbeckg.audit.SourceRechecker;
import org.cbeckg.audit.TraceAudit;
import org.cbeckg.server.audit.ConflictsServlet;
import org.cbeckg.server.audit.TraceServlet;
import org.cbeckg.store.KnowledgeStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * The knowledge graph on the web: an embedded Fuseki, read only, over the store (the merged default graph), with the
 * linked-data pages, the query UI, search, VoID and dumps beside it. Safe by default, each point proven by a test:
 * loopback only, no update of any kind, no whole-dataset download through the dataset URLs, a query timeout and a
 * result cap, SERVICE off, no admin API, CORS without credentials, a request-body limit, a Content-Security-Policy
 * and {@code nosniff}.
 *
 * <pre>{@code
 * try (KgServer server = KgServer.start(store, ServerConfig.builder().port(0).build())) {
 *     System.out.println(server.url() + "kg/sparql");
 * }
 * }</pre>
 */
public final class KgServer implements AutoCloseable {

    private final FusekiServer fuseki;
    private final String host;

    private KgServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /** Builds and starts the server; it serves until {@link #close()}. */
    public static KgServer start(KnowledgeStore store, ServerConfig config) {
        DatasetGraph dataset = store.dataset();
        QuerySafety.apply(dataset.getContext(), config.queryTimeout());
        LocalLinks links = new LocalLinks(store.iris().base());
        LiveStatistics stats = new LiveStatistics(store);
        DumpCatalog dumps = new DumpCatalog(config.dumpDir().orElse(null));
        DatasetDescriptions descriptions = new DatasetDescriptions(links.base(), stats, dumps);
        LinkedDataServlet linkedData = new LinkedDataServlet(dataset, links);
        FusekiServer.Builder builder = FusekiServer.create()
                // No modules: nothing found on the class path may add an admin API or UI behind our back.
                .fusekiModules(FusekiModules.empty())
                .port(config.port())
                .enablePing(true)
                .registerOperation(Operation.Query, new CappedQueryService(config.resultLimit(),
                        new QueryGate(config.runningQueries(), config.queryTimeout())))
                .add(ServerPaths.DATASET, readOnly(dataset))
                .addFilter("/*", new SecurityHeadersFilter())
                .addFilter("/*", new CorsFilter())
                .addFilter(ServerPaths.DATASET + "/*", new NoDumpFilter())
                .addFilter(ServerPaths.SPARQL, new ServiceDescriptionFilter(descriptions::serviceDescription))
                .addServlet(LocalLinks.THINGS + "*", linkedData)
                .addServlet(LocalLinks.DOCUMENTS + "*", linkedData)
                .addServlet("/graph/*", linkedData)
                .addServlet(ServerPaths.RESOURCE, linkedData)
                .addServlet(ServerPaths.VOID, new DescriptionServlet("VoID description",
                        descriptions::voidDescription))
                .addServlet(ServerPaths.DUMPS + "*", new DumpServlet(dumps))
                .addServlet(ServerPaths.UI + "*", new UiServlet(ExampleQueries.load()))
                .addServlet(ServerPaths.SEARCH, new SearchServlet(dataset, links))
                .addServlet(ServerPaths.TRACE, new TraceServlet(new TraceAudit(new FigureTracer(store),
                        new SourceRechecker(ArticleLocator.in(config.articleDirs()))), FigureParser.standard(),
                        links::href))
                .addServlet(ServerPaths.CONFLICTS, new ConflictsServlet(new DerivedGraphReader(store),
                        links::href))
                .addServlet(ServerPaths.MAP, new PictureServlet("server/map.jte", links.base()))
                .addServlet(ServerPaths.CHART, new PictureServlet("server/chart.jte", links.base()))
                .addServlet("", new HomeServlet(dataset, stats, links, dumps, config.trustProxy()));
        if (config.resultCacheBytes() > 0) {
            ResultCacheFilter cached = new ResultCacheFilter(new ResultCache(config.resultCacheBytes()),
                    store::version, config.queryTimeout());
            builder.addFilter(ServerPaths.DATASET + "/*", cached);
        }
        FusekiServer fuseki = builder.build();
        bind(fuseki, config.host());
        // The limit goes inside compression: should a gzip request body be inflated, it counts what it inflates to.
        limitRequestBodies(fuseki, config.maxRequestBytes());
        compress(fuseki);
        fuseki.start();
        return new KgServer(fuseki, config.host());
    }

    /**
     * Query (at {@code sparql}, {@code query} and the dataset URL) and Graph Store Protocol read (at {@code get}):
     * no update, upload, patch or GSP write endpoint exists to be called.
     */
    static DataService readOnly(DatasetGraph dataset) {
        return DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.GSP_R)
                .build();
    }

    /**
     * Gzips what a client accepts gzipped: pages, scripts (the charting library is 1.1 MB, 0.37 MB gzipped), query
     * results. Wrapped around Fuseki's whole handler so that every servlet and filter gets it.
     */
    private static void compress(FusekiServer fuseki) {
        Server jetty = fuseki.getJettyServer();
        GzipHandler gzip = new GzipHandler();
        gzip.setMinGzipSize(1024);
        gzip.addIncludedMethods("POST");
        gzip.setHandler(jetty.getHandler());
        jetty.setHandler(gzip);
    }

    /** Fuseki's builder only knows "loopback or all": set the interface on the connector before it opens. */
    private static void bind(FusekiServer fuseki, String host) {
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(host);
            }
        }
    }

    /**
     * A request body larger than {@code max} bytes gets 413 before any of it is read: at once when its Content-Length
     * says so, and as soon as a chunked body passes the limit. A query is a few kilobytes; without the limit a
     * client could make the server read and hold any amount.
     */
    private static void limitRequestBodies(FusekiServer fuseki, long max) {
        Server jetty = fuseki.getJettyServer();
        SizeLimitHandler limit = new SizeLimitHandler(max, -1);
        limit.setHandler(jetty.getHandler());
        jetty.setHandler(limit);
    }

    /** The port bound (the one asked for, or the one chosen for port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The host the server listens on. */
    public String host() {
        return host;
    }

    /** {@code http://HOST:PORT/}, where this server answers. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** The hosts the connectors are bound to, as Jetty reports them (for tests and the start-up line). */
    public List<String> boundHosts() {
        return List.of(fuseki.getJettyServer().getConnectors()).stream()
                .filter(ServerConnector.class::isInstance).map(c -> ((ServerConnector) c).getHost()).toList();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
