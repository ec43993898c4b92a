package org.cbeckg.store;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * A generation being built beside the live one, for a bulk load with Jena's own loader. Fill {@link #dataset()} with a
 * {@code LoaderFactory} loader (outside any transaction; the loader takes the database for itself), pass every loaded
 * quad to {@link #index(Quad)}, then finish the work that needs transactions through {@link #store()} (the derived
 * graph, the statistics) and hand it to {@link KnowledgeStore#adopt(NewGeneration)}. Until then the live generation is
 * untouched, and a crash leaves only a folder that the next open deletes.
 */
public final class NewGeneration {

    private final Path folder;
    private final KnowledgeStore store;

    NewGeneration(Path folder, KnowledgeStore store) {
        this.folder = folder;
        this.store = store;
    }

    /** The new generation's database, empty at first. Quads added here directly are not text-indexed. */
    public DatasetGraph dataset() {
        return store.dataset();
    }

    /** Adds the quad to the new generation's full-text index if it is a text field (committed with the next batch). */
    public void index(Quad quad) {
        store.text().add(quad);
    }

    /** The new generation as a store, for batches once the loader is done. */
    public KnowledgeStore store() {
        return store;
    }

    Path folder() {
        return folder;
    }

    /** Gives up: closes the new generation and deletes its folder. */
    public void discard() {
        store.close();
        Generations.deleteTree(folder);
    }
}
