package org.cbeckg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.cbeckg.derive.DerivedGraph;
import org.cbeckg.audit.DerivedGraphReader;
import org.cbeckg.derive.FigureParser;
import org.cbeckg.audit.ListingJson;
import org.cbeckg.audit.ListingText;
import org.cbeckg.store.KnowledgeStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = {"Lists figures that articles state differently for the same measure, period, area and unit "
                + "(every value kept, with its sources and quotes), then the values several articles corroborate.",
                "Marks the value each selection rule (most_sources, most_recent) picks as the best value.",
                "Reads the derived graph that ingest rebuilds; --rebuild recomputes it first."})
final class ConflictsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--rebuild", description = "Rebuild the derived graph from the article graphs first.")
    boolean rebuild;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or json");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (KnowledgeStore store = options.openExisting()) {
            if (rebuild) {
                spec.commandLine().getErr().println(DerivedGraph.rebuild(store, FigureParser.standard()));
            }
            DerivedGraphReader reader = new DerivedGraphReader(store);
            if (format.equals("json")) {
                JsonObject json = new JsonObject();
                json.put("conflicts", ListingJson.of(reader.conflicts()));
                json.put("corroborated", ListingJson.of(reader.corroborated()));
                out.println(JSON.toString(json));
            } else {
                ListingText.printConflicts(reader.conflicts(), out);
                out.println();
                ListingText.printCorroborated(reader.corroborated(), out);
            }
            out.flush();
        }
        return 0;
    }
}
