package org.cbeckg.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.cbeckg.server.KgServer;
import org.cbeckg.server.ServerConfig;
import org.cbeckg.store.Dumps;
import org.cbeckg.store.IngestReport;
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

    static final String DUMP_NAME = "cbec-kg.trig";

    @Mixin
    StoreOptions options;

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

    @Option(names = "--seeds", defaultValue = "seeds", paramLabel = "DIR",
            description = "Articles ingested before serving, if the folder exists. Default: ${DEFAULT-VALUE}.")
    Path seeds;

    @Option(names = "--no-ingest", description = "Serve the store as it is; do not look at the seed folder.")
    boolean noIngest;

    @Option(names = "--dumps", paramLabel = "DIR", description = "Folder of dump files offered at /dumps/. "
            + "Default: the store folder's dumps/.")
    Path dumps;

    @Option(names = "--trust-proxy", description = "Behind a reverse proxy: build absolute URLs from its "
            + "X-Forwarded-Proto/-Host/-Port headers. Off by default, as any client can send them.")
    boolean trustProxy;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (KnowledgeStore store = options.open()) {
            boolean changed = ingestSeeds(store, err);
            Path dumpDir = dumps != null ? dumps : options.store.resolve("dumps");
            Thread dumping = refreshDump(store, dumpDir, changed, err);
            KgServer server = KgServer.start(store, config(dumpDir));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "cbec-kg-stop"));
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            out.printf("CBEC-KG serving %s (SPARQL %skg/sparql, query UI %sui/) ready %.1f s after JVM start%n",
                    server.url(), server.url(), server.url(), ms / 1000.0);
            out.flush();
            server.join();
            if (dumping != null) {
                dumping.join();
            }
        }
        return 0;
    }

    private ServerConfig config(Path dumpDir) {
        return ServerConfig.builder().host(host).port(port)
                .queryTimeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)))
                .resultLimit(resultLimit).dumpDir(dumpDir).articleDirs(List.of(seeds))
                .trustProxy(trustProxy).build();
    }

    /** Ingests the seed folder; unchanged articles are skipped, so a fresh store fills and a current one stays. */
    private boolean ingestSeeds(KnowledgeStore store, PrintWriter err) {
        if (noIngest || !Files.isDirectory(seeds)) {
            return false;
        }
        IngestReport report = IngestCommand.ingest(store, List.of(seeds), IngestCommand.progress(err));
        err.println("ingest " + seeds + ": " + report);
        report.failures().forEach(f -> err.println("failed: " + f.file() + ": " + f.reason()));
        err.flush();
        return report.added() + report.replaced() > 0;
    }

    /**
     * Writes {@value #DUMP_NAME} (+ .sha256) when the store changed or there is none, in the background so the
     * server starts at once; until the new file is moved into place the old one stays on offer.
     */
    private static Thread refreshDump(KnowledgeStore store, Path dumpDir, boolean changed, PrintWriter err) {
        Path file = dumpDir.resolve(DUMP_NAME);
        if (!changed && Files.exists(file) && Files.exists(dumpDir.resolve(DUMP_NAME + ".sha256"))) {
            return null;
        }
        Thread t = new Thread(() -> {
            try {
                Files.createDirectories(dumpDir);
                String sha = Dumps.writeFile(store, Dumps.Format.trig, file);
                err.println("dump " + file + " written (sha256 " + sha + ")");
            } catch (java.io.IOException | RuntimeException e) {
                err.println("dump " + file + " not written: " + e.getMessage());
            }
            err.flush();
        }, "cbec-kg-dump");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
