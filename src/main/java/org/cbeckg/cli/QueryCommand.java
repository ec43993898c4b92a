package org.cbeckg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.system.Txn;
import org.cbeckg.CbecKgException;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.vocab.Vocabularies;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query over the store (the default graph merges every article graph).",
                "SELECT/ASK results as csv, tsv, json, xml or text; CONSTRUCT/DESCRIBE as Turtle (or --format nt, "
                        + "jsonld, trig)."})
final class QueryCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "File holding the query.")
        Path file;

        @Option(names = "--query", paramLabel = "TEXT", description = "The query itself.")
        String text;
    }

    @Option(names = "--format", defaultValue = "text",
            description = "csv, tsv, json, xml, text (SELECT/ASK); ttl, nt, jsonld (CONSTRUCT/DESCRIBE). "
                    + "Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "Stop the query after this long. Default: ${DEFAULT-VALUE}.")
    long timeoutSeconds;

    @Override
    public Integer call() throws IOException {
        Query query = parse();
        try (KnowledgeStore store = options.openExisting()) {
            OutputStream out = System.out;
            try {
                Txn.executeRead(store.dataset(), () -> run(query, store, out));
            } catch (QueryCancelledException e) {
                // Jena's exception has no message: say what stopped the query and how to give it longer.
                throw new CbecKgException(origin(), "query timed out after " + timeoutSeconds
                        + " s (raise --timeout); any rows printed above are incomplete", e);
            }
            out.flush();
        }
        return 0;
    }

    private Query parse() throws IOException {
        String text = source.text != null ? source.text : Files.readString(source.file, StandardCharsets.UTF_8);
        String origin = origin();
        try {
            // The project's prefixes are predeclared, so one-line queries need no PREFIX boilerplate.
            Query q = new Query();
            q.getPrologue().setPrefixMapping(new PrefixMappingImpl().setNsPrefixes(Vocabularies.prefixes()));
            return QueryFactory.parse(q, text, null, Syntax.syntaxARQ);
        } catch (org.apache.jena.query.QueryParseException e) {
            throw new CbecKgException(origin, "not a valid SPARQL query: " + e.getMessage(), e);
        }
    }

    private String origin() {
        return source.file != null ? source.file.toString() : "--query";
    }

    private void run(Query query, KnowledgeStore store, OutputStream out) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query)
                .timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
            if (query.isSelectType()) {
                ResultSetFormatter.output(out, qe.execSelect(), resultLang());
            } else if (query.isAskType()) {
                ResultSetFormatter.output(out, qe.execAsk(), resultLang());
            } else if (query.isConstructQuad()) {
                RDFDataMgr.write(out, qe.execConstructDataset(), Lang.TRIG);
            } else {
                var model = query.isDescribeType() ? qe.execDescribe() : qe.execConstruct();
                model.setNsPrefixes(Vocabularies.prefixes());
                RDFDataMgr.write(out, model, rdfLang());
            }
        }
    }

    private Lang resultLang() {
        return switch (format) {
            case "csv" -> ResultSetLang.RS_CSV;
            case "tsv" -> ResultSetLang.RS_TSV;
            case "json" -> ResultSetLang.RS_JSON;
            case "xml" -> ResultSetLang.RS_XML;
            case "text" -> ResultSetLang.RS_Text;
            default -> throw new CbecKgException("--format", "'" + format + "' is not a result format "
                    + "(csv, tsv, json, xml, text)");
        };
    }

    private Lang rdfLang() {
        return switch (format) {
            case "text", "ttl", "turtle" -> Lang.TURTLE;
            case "nt" -> Lang.NTRIPLES;
            case "jsonld" -> Lang.JSONLD;
            case "xml", "rdfxml" -> Lang.RDFXML;
            default -> throw new CbecKgException("--format", "'" + format + "' is not a graph format "
                    + "(ttl, nt, jsonld, rdfxml)");
        };
    }
}
