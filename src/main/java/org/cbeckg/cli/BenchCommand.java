package org.cbeckg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.cbeckg.bench.BenchRun;
import org.cbeckg.bench.BenchSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the whole product in one run and prints the figures as one Markdown report: ingest "
                + "time against Jena's tdb2.tdbloader on the same quads, store size against the loader's database, "
                + "an unchanged re-ingest, check, the server's start time, and concurrent clients running every "
                + "query in queries/ against our server and against plain Fuseki over the same database.",
                "Makes --articles synthetic articles from the seed folder (or reads --corpus), and runs each heavy "
                        + "step in a JVM of its own. Progress goes to stderr. Compare ratios, not absolute times, "
                        + "on a busy machine."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", defaultValue = "2000",
            description = "Synthetic articles to make. Default: ${DEFAULT-VALUE}.")
    int articles;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Ingest the *.txt articles below DIR instead of "
            + "making a corpus.")
    Path corpus;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "Seed articles the synthetic ones are made from. Default: ${DEFAULT-VALUE}.")
    Path seeds;

    @Option(names = "--seed", defaultValue = "1",
            description = "Random seed: the same seed and count make the same corpus. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder, new or empty (default: a temporary "
            + "folder). Deleted afterwards unless --keep.")
    Path work;

    @Option(names = "--keep", description = "Keep the scratch folder: corpus, store, N-Quads, loader's database, "
            + "logs of every step.")
    boolean keep;

    @Option(names = "--clients", defaultValue = "16", description = "Concurrent clients. Default: ${DEFAULT-VALUE}.")
    int clients;

    @Option(names = "--seconds", defaultValue = "30",
            description = "How long each server is loaded. Default: ${DEFAULT-VALUE}.")
    int seconds;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "Query timeout of both servers. Default: ${DEFAULT-VALUE}.")
    double timeout;

    @Option(names = "--skip-fuseki", description = "Do not load plain Fuseki beside our server.")
    boolean skipFuseki;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "4g",
            description = "-Xmx of ingest, export, loader and check. Default: ${DEFAULT-VALUE}.")
    String heap;

    @Option(names = "--server-heap", paramLabel = "SIZE", defaultValue = "512m",
            description = "-Xmx of both servers. Default: ${DEFAULT-VALUE}.")
    String serverHeap;

    @Option(names = "--step-limit", paramLabel = "MINUTES", defaultValue = "120",
            description = "Stop a step (ingest, export, loader, check) that runs longer, and report it as stopped. "
                    + "Default: ${DEFAULT-VALUE}.")
    long stepLimit;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the report to FILE (Markdown).")
    Path report;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BenchSettings settings = new BenchSettings(articles, corpus, seeds, seed, work, keep, clients, seconds,
                timeout, skipFuseki, heap, serverHeap, Duration.ofMinutes(stepLimit), report);
        String markdown = new BenchRun(settings, spec.commandLine().getErr()).run();
        spec.commandLine().getOut().print(markdown);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
