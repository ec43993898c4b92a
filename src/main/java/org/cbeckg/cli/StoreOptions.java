package org.cbeckg.cli;

import java.nio.file.Path;

import org.cbeckg.store.KnowledgeStore;
import picocli.CommandLine.Option;

/** The {@code --store} option every command that opens the store shares. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data",
            description = "Store folder (TDB2 + full-text index). Default: ${DEFAULT-VALUE}.")
    Path store;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base IRI for minted IRIs, fixed when the store is created. Default: http://localhost:3030/.")
    String base;

    /** For commands that write: creates the store when the folder has none. */
    KnowledgeStore open() {
        return KnowledgeStore.open(store, base);
    }

    /** For commands that only read: a folder that is not a store is an error, never a new empty store. */
    KnowledgeStore openExisting() {
        return KnowledgeStore.openExisting(store);
    }
}
