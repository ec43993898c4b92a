package org.cbeckg.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.cbeckg.server.KgServer;
import org.cbeckg.server.ServerConfig;
import org.cbeckg.extract.StandardPipeline;
import org.cbeckg.ingest.CorpusIngester;
import org.cbeckg.ingest.FolderWatch;
import org.cbeckg.ingest.IngestOptions;
import org.cbeckg.ingest.IngestReport;
import org.cbeckg.store.DumpShelf;
import org.cbeckg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the knowledge graph at http://127.0.0.1:3030/: pages, search, a SPARQL query UI and "
                + "a read-only SPARQL endpoint (/kg/sparql), linked data (/id/...), VoID and dumps.",
                "First ingests the seed folder when it has new or changed articles (unchanged ones are skipped), and "
                        + "writes a fresh dump when the store changed."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Mixin
    IngestSettings settings;

    @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Interface to listen on. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 for all.")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "Port (0: any free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--timeout", defaultValue = "5", paramLabel = "SECONDS",
            description = "A SPARQL query is stopped after this long (HTTP 503). Default: ${DEFAULT-VALUE}.")
    double timeoutSeconds;

    @Option(names = "--result-limit", defaultValue = "10000", paramLabel = "ROWS",
            description = "Most rows one query returns; a larger or missing LIMIT is lowered to it. "
                    + "Default: ${DEFAULT-VALUE}.")
    long resultLimit;

    @Option(names = "--running-queries", paramLabel = "N",
            description = "Queries evaluated at once; the next wait for a turn, at most the timeout, then get 503. "
                    + "Default: twice the cores.")
    Integer runningQueries;

    @Option(names = "--result-cache", paramLabel = "SIZE", converter = ByteSize.class,
            description = "Memory for whole answers to queries asked again before the store changes, e.g. 64M. "
                    + "Default: an eighth of the heap, at most 256M.")
    Long resultCache;

    @Option(names = "--no-result-cache", description = "Evaluate every query afresh.")
    boolean noResultCache;

    @Option(names = "--seeds", defaultValue = "seeds", paramLabel = "DIR",
            description = "Articles ingested before serving, if the folder exists. Default: ${DEFAULT-VALUE}.")
    Path seeds;

    @Option(names = "--no-ingest", description = "Serve the store as it is; do not look at the seed folder.")
    boolean noIngest;

    @Mixin
    DumpOptions dump;

    @Option(names = "--watch", arity = "0..1", paramLabel = "DIR", fallbackValue = "",
            description = "Keep ingesting while serving: new and changed files in DIR (default: the --seeds folder) "
                    + "go in, deleted ones come out, every few seconds, while queries go on.")
    Path watch;

    @Option(names = "--watch-every", paramLabel = "SECONDS", defaultValue = "2",
            description = "How often the watched folder is looked at. Default: ${DEFAULT-VALUE}.")
    double watchEvery;

    @Option(names = "--trust-proxy", description = "Behind a reverse proxy: build absolute URLs from its "
            + "X-Forwarded-Proto/-Host/-Port headers. Off by default, as any client can send them.")
    boolean trustProxy;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (KnowledgeStore store = noIngest ? options.openExisting() : options.open()) {
            boolean changed = ingestSeeds(store, err);
            Path dumpDir = dump.folder(options.store);
            BackgroundDumps dumping = new BackgroundDumps(store, dumpDir, err, !dump.noDump);
            if (changed) {
                // written aside while the server answers; ingest and load write theirs before a server starts
                dumping.request();
            } else if (!DumpShelf.upToDate(store, dumpDir)) {
                err.println("no dump of this store generation in " + dumpDir + " (ingest, load or export writes one)");
            }
            KgServer server = KgServer.start(store, config(dumpDir));
            FolderWatch watcher = watch(store, dumping, err);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (watcher != null) {
                    watcher.close();
                }
                server.close();
            }, "cbec-kg-stop"));
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            out.printf("CBEC-KG serving %s (SPARQL %skg/sparql, query UI %sui/) ready %.1f s after JVM start%n",
                    server.url(), server.url(), server.url(), ms / 1000.0);
            out.flush();
            server.join();
            dumping.close();
        }
        return 0;
    }

    private ServerConfig config(Path dumpDir) {
        return ServerConfig.builder().host(host).port(port)
                .queryTimeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)))
                .resultLimit(resultLimit)
                .runningQueries(runningQueries != null ? runningQueries : ServerConfig.DEFAULT_RUNNING_QUERIES)
                .resultCacheBytes(noResultCache ? 0 : resultCache != null ? resultCache : ServerConfig.DEFAULT_RESULT_CACHE_BYTES)
                .dumpDir(dumpDir).articleDirs(List.of(seeds))
                .trustProxy(trustProxy).build();
    }

    /**
     * Starts watching a folder, when asked: batches only (a bulk load would replace the database under the server's
     * readers), and a fresh dump after each change, written aside while the old one stays on offer.
     */
    private FolderWatch watch(KnowledgeStore store, BackgroundDumps dumping, PrintWriter err) {
        if (watch == null) {
            return null;
        }
        Path folder = watch.toString().isEmpty() ? seeds : watch;
        IngestOptions ingest = settings.options().withLoader(IngestOptions.Loader.BATCHES).withMirror(false);
        CorpusIngester ingester = new CorpusIngester(store, StandardPipeline.create(), IngestCommand.progress(err),
                ingest, Clock.systemUTC());
        err.println("watching " + folder + " every " + watchEvery + " s");
        err.flush();
        return new FolderWatch(folder, ingester, Duration.ofMillis(Math.round(watchEvery * 1000)), report -> {
            err.println("watch " + folder + ": " + report);
            err.flush();
            dumping.request();
        }).start();
    }

    /** Ingests the seed folder; unchanged articles are skipped, so a fresh store fills and a current one stays. */
    private boolean ingestSeeds(KnowledgeStore store, PrintWriter err) {
        if (noIngest || !Files.isDirectory(seeds)) {
            return false;
        }
        IngestReport report = IngestCommand.ingest(store, List.of(seeds), settings.options(),
                IngestCommand.progress(err));
        err.println("ingest " + seeds + ": " + report);
        report.failures().forEach(f -> err.println("failed: " + f.file() + ": " + f.reason()));
        err.flush();
        return report.changed();
    }
}
