package org.cbeckg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cbeckg.store.Dumps;
import org.cbeckg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole store: every named graph (trig, nq) or the union graph (ttl).",
                "With OUT, also writes OUT.sha256 so the dump can be checked."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Option(names = "--format", required = true, description = "trig, nq or ttl.")
    Dumps.Format format;

    @Parameters(paramLabel = "OUT", arity = "0..1", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (KnowledgeStore store = options.openExisting()) {
            if (out == null) {
                OutputStream stdout = System.out;
                Dumps.write(store, format, stdout);
                stdout.flush();
                return 0;
            }
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            String sha = Dumps.writeFile(store, format, out);
            System.out.println("wrote " + out + " (sha256 " + sha + ")");
        }
        return 0;
    }
}
