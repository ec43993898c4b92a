package org.cbeckg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.cbeckg.extract.StandardPipeline;
import org.cbeckg.ingest.CorpusIngester;
import org.cbeckg.ingest.IngestListener;
import org.cbeckg.ingest.IngestOptions;
import org.cbeckg.ingest.IngestReport;
import org.cbeckg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads article files (and every *.txt below folders), extracts facts, stores one named graph "
                + "per article.", "Unchanged files are skipped; changed files replace their graph; a bad file is "
                + "reported and the rest still go in (exit code 1 if any failed).", "After a change, writes the "
                + "store's dump (see --dumps)."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Mixin
    IngestSettings settings;

    @Mixin
    DumpOptions dump;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (KnowledgeStore store = options.open()) {
            IngestReport report = ingest(store, paths, settings.options(), progress(err));
            spec.commandLine().getOut().println(report);
            report.failures().forEach(f -> err.println("failed: " + f.file() + ": " + f.reason()));
            if (report.changed()) {
                dump.writeIfStale(store, options.store, err);
            }
            return report.ok() ? 0 : 1;
        }
    }

    static IngestReport ingest(KnowledgeStore store, List<Path> paths, IngestOptions options,
                               IngestListener listener) {
        return new CorpusIngester(store, StandardPipeline.create(), listener, options, Clock.systemUTC())
                .ingest(paths);
    }

    /** Prints each file as it is done, warnings, and a phase's progress at most every two seconds. */
    static IngestListener progress(PrintWriter err) {
        return new IngestListener() {
            private long lastPhase;

            @Override
            public void fileDone(int done, int total, Path file, Outcome outcome, String detail) {
                String width = String.valueOf(String.valueOf(total).length());
                err.printf("[%" + width + "d/%d] %s: %s%s%n", done, total, file.getFileName(),
                        outcome.name().toLowerCase(),
                        outcome == Outcome.UNCHANGED || detail.isEmpty() ? "" : " (" + detail + ")");
                err.flush();
            }

            @Override
            public void warning(Path file, String message) {
                err.println("warning: " + file.getFileName() + ": " + message);
                err.flush();
            }

            @Override
            public void phase(String phase, long done, long total, String unit) {
                long now = System.nanoTime();
                if (done < total && now - lastPhase < Duration.ofSeconds(2).toNanos()) {
                    return;
                }
                lastPhase = now;
                err.println(total > 0 ? String.format("%s: %,d/%,d %s", phase, done, total, unit)
                        : String.format("%s: %,d %s…", phase, done, unit));
                err.flush();
            }
        };
    }
}
