package org.cbeckg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import org.cbeckg.audit.DerivedGraph;
import org.cbeckg.audit.FigureParser;
import org.cbeckg.extract.StandardPipeline;
import org.cbeckg.store.IngestListener;
import org.cbeckg.store.IngestReport;
import org.cbeckg.store.Ingester;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.OntologyGraph;
import org.cbeckg.store.ReferenceGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads article files (and every *.txt below folders), extracts facts, stores one named graph "
                + "per article.", "Unchanged files are skipped; changed files replace their graph; a bad file is "
                + "reported and the rest still go in (exit code 1 if any failed)."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (KnowledgeStore store = options.open()) {
            IngestReport report = ingest(store, paths, progress(err));
            spec.commandLine().getOut().println(report);
            report.failures().forEach(f -> err.println("failed: " + f.file() + ": " + f.reason()));
            return report.ok() ? 0 : 1;
        }
    }

    /** The whole ingest: ontology graph, the articles, then whatever is derived across articles. */
    static IngestReport ingest(KnowledgeStore store, List<Path> paths, IngestListener listener) {
        OntologyGraph.ensure(store);
        ReferenceGraph.ensure(store);
        IngestReport report = new Ingester(store, StandardPipeline.create(), listener, Clock.systemUTC())
                .ingest(paths);
        // Rebuilt even when no file changed, so a store ingested before the derived graph existed catches up.
        new DerivedGraph(store, FigureParser.standard()).rebuild();
        return report;
    }

    static IngestListener progress(PrintWriter err) {
        return (done, total, file, outcome, detail) -> {
            String width = String.valueOf(String.valueOf(total).length());
            err.printf("[%" + width + "d/%d] %s: %s%s%n", done, total, file.getFileName(),
                    outcome.name().toLowerCase(),
                    outcome == IngestListener.Outcome.UNCHANGED ? "" : " (" + detail + ")");
            err.flush();
        };
    }
}
