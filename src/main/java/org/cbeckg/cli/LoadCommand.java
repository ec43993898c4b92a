package org.cbeckg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.cbeckg.ingest.QuadLoad;
import org.cbeckg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads article graphs written by 'extract' (N-Quads or TriG, .gz allowed) with Jena's bulk "
                + "loader into a new store generation, then makes the derived graph, the full-text index and the "
                + "statistics. A graph in the files replaces the stored graph of the same name; all else is kept.",
                "The switch to the new generation is atomic: if the load fails, the store is as it was.",
                "Then writes the store's dump (see --dumps)."})
final class LoadCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Mixin
    DumpOptions dump;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "N-Quads or TriG files.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (KnowledgeStore store = options.open()) {
            int graphs = new QuadLoad(store, IngestCommand.progress(spec.commandLine().getErr())).load(files);
            spec.commandLine().getOut().println("loaded " + graphs + " graph(s) from " + files.size() + " file(s)");
            dump.writeIfStale(store, options.store, spec.commandLine().getErr());
        }
        return 0;
    }
}
