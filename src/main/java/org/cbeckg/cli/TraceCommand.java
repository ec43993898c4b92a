package org.cbeckg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.json.JSON;
import org.cbeckg.audit.ArticleLocator;
import org.cbeckg.derive.FigureParser;
import org.cbeckg.audit.FigureTracer;
import org.cbeckg.audit.SourceRechecker;
import org.cbeckg.audit.TraceAudit;
import org.cbeckg.audit.TraceJson;
import org.cbeckg.audit.TraceReport;
import org.cbeckg.audit.TraceRequest;
import org.cbeckg.audit.TraceText;
import org.cbeckg.store.KnowledgeStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "trace", mixinStandardHelpOptions = true,
        description = {"Lists every observation of a figure (value and unit, measure, period, area, speaker, event) "
                + "with every article that states it (title, date, file, SHA-256, quote, code-point offsets).",
                "Each source is re-checked: its file is found by name under --articles, re-read, re-hashed, and the "
                        + "quote re-sliced from text[start, end). Exit code 1 when any re-check fails.",
                "Examples: trace 1.98万亿 | trace 1980000000000 | trace --measure 进出口额 --period 2021"})
final class TraceCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Parameters(paramLabel = "FIGURE", arity = "0..1",
            description = "The figure: 1.98万亿, 3302.9亿元, 15%%, 1980000000000.")
    String figure;

    @Option(names = "--measure", paramLabel = "TEXT", description = "Text in the measure's label, or its IRI.")
    String measure;

    @Option(names = "--period", paramLabel = "CODE", description = "Period code: 2021, 2022-Q1, as_of_2022-04-21.")
    String period;

    @Option(names = "--area", paramLabel = "TEXT", description = "Text in the area's name: 中国, 浙江.")
    String area;

    @Option(names = "--articles", paramLabel = "DIR", defaultValue = "seeds",
            description = "Folder holding the article files (repeatable, searched in order). "
                    + "Default: ${DEFAULT-VALUE}.")
    List<Path> articles;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TraceRequest request = request();
        PrintWriter out = spec.commandLine().getOut();
        try (KnowledgeStore store = options.openExisting()) {
            TraceAudit audit = new TraceAudit(new FigureTracer(store),
                    new SourceRechecker(ArticleLocator.in(articles)));
            TraceReport report = audit.trace(request);
            if (format.equals("json")) {
                out.println(JSON.toString(TraceJson.of(report)));
                out.flush();
            } else {
                TraceText.print(report, out);
            }
            return report.verified() ? 0 : 1;
        }
    }

    private TraceRequest request() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or json");
        }
        try {
            return TraceRequest.of(figure, FigureParser.standard(), measure, period, area);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
