package org.cbeckg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cbeckg.CbecKgException;

/**
 * One benchmark run, every figure measured in the same run on the same machine so that their ratios hold however
 * busy the machine is: make (or read) a corpus; ingest it into a fresh store; export it as N-Quads and load those
 * with Jena's {@code tdb2.tdbloader}; compare times and sizes; ingest the unchanged corpus again; run {@code check};
 * then serve the store and load it with concurrent clients, beside plain Fuseki over the same database
 * ({@link LoadPhase}). Every heavy step is a child JVM ({@link JavaCommand}); progress goes to stderr.
 *
 * <pre>{@code String markdown = new BenchRun(settings, new PrintWriter(System.err, true)).run();}</pre>
 */
public final class BenchRun {

    private final BenchSettings settings;
    private final Progress progress;
    private final JavaCommand java;

    public BenchRun(BenchSettings settings, PrintWriter err) {
        this.settings = settings;
        this.progress = new Progress(err);
        this.java = JavaCommand.ofThisBuild();
    }

    /** Runs everything, writes the report file if asked, and returns the report as Markdown. */
    public String run() throws IOException, InterruptedException {
        Path work = WorkFolder.prepare(settings.work());
        progress.say("bench", "work folder " + work + (java.fromJar() ? ", jar " : ", classes ")
                + java.codeSource());
        boolean finished = false;
        try {
            String markdown = measure(work).markdown();
            if (settings.report() != null) {
                Files.writeString(settings.report(), markdown, StandardCharsets.UTF_8);
                progress.say("bench", "report written to " + settings.report());
            }
            finished = true;
            return markdown;
        } finally {
            if (finished && !settings.keep()) {
                WorkFolder.delete(work);
            } else {
                progress.say("bench", "kept " + work + " (store, loader's database, N-Quads, logs/)");
            }
        }
    }

    private BenchReport measure(Path work) throws IOException, InterruptedException {
        StepRunner steps = new StepRunner(work.resolve("logs"), progress, settings.stepLimit());
        CorpusInfo corpus = corpus(work);
        BenchReport report = new BenchReport(String.format(Locale.ROOT, "CBEC-KG benchmark: %,d articles",
                corpus.files()), Instant.now(), Machine.describe());
        report.context(String.format(Locale.ROOT, "Corpus: %,d articles, %s (%s). Heavy steps -Xmx%s, each in a "
                + "JVM of its own; servers -Xmx%s, query timeout %s s.", corpus.files(),
                DiskUsage.human(corpus.bytes()), corpus.origin(), settings.heap(), settings.serverHeap(),
                settings.timeout()));
        if (corpus.seconds() > 0) {
            report.figure("make the corpus", String.format(Locale.ROOT, "%.1f s", corpus.seconds()));
        }
        Path store = work.resolve("store");
        StepResult ingest = steps.run("ingest", ingestCommand(store, corpus));
        Path generation = liveGeneration(store, ingest, steps);
        report.figure("ingest into a fresh store", String.format(Locale.ROOT, "%.1f articles/s; %s",
                corpus.files() / ingest.seconds(), ingest.describe()));
        Path loaderDb = work.resolve("loader-db");
        exportAndLoad(steps, report, store, work.resolve("export.nq"), loaderDb, ingest);
        sizes(report, store, generation, loaderDb);
        dump(steps, report, store, work.resolve("dump.nq.gz"));
        StepResult again = steps.run("re-ingest", ingestCommand(store, corpus));
        report.figure("ingest again, nothing changed", again.describe());
        StepResult check = steps.run("check", java.cbecKg(settings.heap(), List.of("check", "--store",
                store.toString())), Set.of(0, 1));
        boolean ruleFails = check.exitCode() == 1 && check.summary().contains("check(s)");
        report.figure("check", ruleFails ? String.format(Locale.ROOT, "%,.1f s: %s (exit 1: a rule fails, as "
                + "synthetic figures often do)", check.seconds(), check.summary()) : check.describe());
        new LoadPhase(settings, java, work.resolve("logs"), progress, report).run(store,
                generation.resolve("tdb2"));
        return report;
    }

    private CorpusInfo corpus(Path work) {
        if (settings.corpus() != null) {
            CorpusInfo given = CorpusInfo.given(settings.corpus());
            progress.say("corpus", String.format(Locale.ROOT, "%,d files in %s", given.files(), given.folder()));
            return given;
        }
        progress.say("corpus", String.format(Locale.ROOT, "making %,d articles from %s", settings.articles(),
                settings.seeds()));
        CorpusInfo made = CorpusInfo.generate(settings.seeds(), settings.articles(), settings.seed(),
                work.resolve("corpus"));
        progress.say("corpus", String.format(Locale.ROOT, "%s in %.1f s", DiskUsage.human(made.bytes()),
                made.seconds()));
        return made;
    }

    private List<String> ingestCommand(Path store, CorpusInfo corpus) {
        // No dump: the loader it is compared with writes none (the export step below times one).
        return java.cbecKg(settings.heap(), List.of("ingest", "--no-dump", "--store", store.toString(),
                corpus.folder().toString()));
    }

    /**
     * The store's live generation folder, named by its {@code CURRENT} file. Without one the ingest left no store,
     * and nothing else can be measured.
     */
    private static Path liveGeneration(Path store, StepResult ingest, StepRunner steps) throws IOException {
        Path current = store.resolve("CURRENT");
        if (!Files.isRegularFile(current)) {
            throw new CbecKgException(store.toString(), "ingest left no store (exit " + ingest.exitCode() + ": "
                    + ingest.problem() + "); see " + steps.log(ingest.name()));
        }
        return store.resolve(Files.readString(current, StandardCharsets.UTF_8).trim());
    }

    private void exportAndLoad(StepRunner steps, BenchReport report, Path store, Path nq, Path loaderDb,
                               StepResult ingest) throws IOException, InterruptedException {
        StepResult export = steps.run("export", java.cbecKg(settings.heap(), List.of("export", "--store",
                store.toString(), "--format", "nq", nq.toString())));
        long quads = Files.isRegularFile(nq) ? lines(nq) : 0;
        report.figure("export --format nq", String.format(Locale.ROOT, "%s: %,d quads, %s", export.time(),
                quads, DiskUsage.human(Files.isRegularFile(nq) ? Files.size(nq) : 0)));
        StepResult loader = steps.run("tdbloader", java.mainClass(settings.heap(), "tdb2.tdbloader", List.of(
                "--loc", loaderDb.toString(), nq.toString())));
        report.figure("tdb2.tdbloader on the same quads (its default loader)", String.format(Locale.ROOT,
                "%s (%,.0f quads/s)", loader.time(), quads / loader.seconds()));
        report.figure("**ingest ÷ loader**", "**" + LoadPhase.ratio(ingest.seconds(), loader.seconds()) + "**");
    }

    /** The dump that ingest writes after a change (the same writer, through export), timed on its own. */
    private void dump(StepRunner steps, BenchReport report, Path store, Path file)
            throws IOException, InterruptedException {
        StepResult dump = steps.run("dump", java.cbecKg(settings.heap(), List.of("export", "--store",
                store.toString(), "--format", "nq", file.toString())));
        report.figure("dump (N-Quads, gzip: what ingest writes after a change)", String.format(Locale.ROOT,
                "%s, %s", dump.time(), DiskUsage.human(Files.isRegularFile(file) ? Files.size(file) : 0)));
    }

    private void sizes(BenchReport report, Path store, Path generation, Path loaderDb) {
        long ours = DiskUsage.size(store);
        long theirs = DiskUsage.size(loaderDb);
        report.figure("store folder after ingest, on disk", String.format(Locale.ROOT,
                "%s (%s: tdb2 %s, lucene %s; file lengths %s)", DiskUsage.human(ours), generation.getFileName(),
                DiskUsage.human(DiskUsage.size(generation.resolve("tdb2"))),
                DiskUsage.human(DiskUsage.size(generation.resolve("lucene"))),
                DiskUsage.human(DiskUsage.bytes(store))));
        report.figure("loader's database, on disk", String.format(Locale.ROOT, "%s (file lengths %s)",
                DiskUsage.human(theirs), DiskUsage.human(DiskUsage.bytes(loaderDb))));
        report.figure("**store ÷ loader's database**", "**" + LoadPhase.ratio(ours, theirs) + "**");
        progress.say("sizes", DiskUsage.human(ours) + " vs " + DiskUsage.human(theirs));
    }

    /** Lines in a file: one quad each in N-Quads. */
    static long lines(Path file) throws IOException {
        long n = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int r = in.read(buffer); r > 0; r = in.read(buffer)) {
                for (int i = 0; i < r; i++) {
                    if (buffer[i] == '\n') {
                        n++;
                    }
                }
            }
        }
        return n;
    }
}
