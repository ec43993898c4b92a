package org.cbeckg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.cbeckg.extract.StandardPipeline;
import org.cbeckg.graph.Iris;
import org.cbeckg.ingest.IngestReport;
import org.cbeckg.ingest.QuadExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts articles to N-Quads without a store: one named graph per article, as ingest would "
                + "store it. Stateless, so a corpus can be split and extracted in parallel anywhere "
                + "(e.g. ls *.txt | xargs -P 8 -n 500 ...), then put in a store with 'load'.",
                "A bad file is reported and the rest are written (exit code 1 if any failed)."})
final class ExtractCommand implements Callable<Integer> {

    @Mixin
    IngestSettings settings;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base IRI of the minted IRIs: the one of the store the quads will be loaded into. "
                    + "Default: ${DEFAULT-VALUE}.")
    String base;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Output file (.nq, or .nq.gz to gzip); "
            + "default: standard output.")
    Path out;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        QuadExtraction extraction = new QuadExtraction(StandardPipeline.create(), new Iris(base), settings.options(),
                IngestCommand.progress(err), Clock.systemUTC());
        IngestReport report;
        try (OutputStream os = open()) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            stream.start();
            report = extraction.extract(paths, stream);
            stream.finish();
        }
        err.println(report);
        report.failures().forEach(f -> err.println("failed: " + f.file() + ": " + f.reason()));
        return report.ok() ? 0 : 1;
    }

    private OutputStream open() throws IOException {
        if (out == null) {
            return new BufferedOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        return out.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file;
    }
}
