package org.cbeckg.server;

import java.util.function.Supplier;

import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.StoreStatistics;

/**
 * The store's statistics as ingest stored them, read again only when the store generation moves on (a watched folder
 * changed): a page or description costs one small read, never a count over the data.
 */
final class LiveStatistics implements Supplier<StoreStatistics> {

    private final KnowledgeStore store;
    private volatile StoreStatistics current;

    LiveStatistics(KnowledgeStore store) {
        this.store = store;
        this.current = read();
    }

    @Override
    public StoreStatistics get() {
        StoreStatistics seen = current;
        if (seen.generation() != store.generation()) {
            seen = read();
            current = seen;
        }
        return seen;
    }

    private StoreStatistics read() {
        return store.read(() -> StoreStatistics.read(store.dataset()));
    }
}
