package org.cbeckg.ingest;

import java.util.Iterator;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.cbeckg.derive.DerivedGraph;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.NewGeneration;

/**
 * The bulk path: builds a whole new store generation with Jena's phased loader (the loader {@code tdb2.tdbloader}
 * uses by default), fed by the live generation's graphs that stay and the new articles' graphs as extraction produces
 * them, then derives, counts and switches to it. One generation-switch makes the whole run atomic, and since nothing
 * is rewritten in place the new store carries no copy-on-write garbage: it is as compact as the loader makes it.
 */
final class BulkLoad {

    private static final long PROGRESS_EVERY = 500_000;

    private final KnowledgeStore store;
    private final DerivedGraph derived;
    private final IngestListener listener;
    private NewGeneration generation;
    private DataLoader loader;
    private long quads;

    BulkLoad(KnowledgeStore store, DerivedGraph derived, IngestListener listener) {
        this.store = Objects.requireNonNull(store);
        this.derived = Objects.requireNonNull(derived);
        this.listener = Objects.requireNonNull(listener);
    }

    /** Starts the new generation and copies the live generation into it, leaving out {@code dropped} graphs. */
    void start(Set<Node> dropped) {
        generation = store.newGeneration();
        loader = LoaderFactory.phasedLoader(generation.dataset(), (fmt, args) ->
                listener.phase("loader: " + String.format(fmt, args), quads, 0, "quads"));
        loader.startBulk();
        Node derivedGraph = store.iris().derivedGraph().asNode();
        store.read(() -> {
            Iterator<Quad> it = store.dataset().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                if (!q.getGraph().equals(derivedGraph) && !dropped.contains(q.getGraph())
                        && !KnowledgeStore.isBookkeeping(q.getGraph())) {
                    add(q, "copying");
                }
            }
            return null;
        });
    }

    void put(PreparedArticle article) {
        Node name = article.graphName();
        article.graph().find().forEachRemaining(t -> add(Quad.create(name, t), "loading"));
    }

    /** Loads one quad of a graph not copied from the live generation. */
    void put(Quad q) {
        add(q, "loading");
    }

    private void add(Quad q, String phase) {
        StreamRDF stream = loader.stream();
        stream.quad(q);
        // The merged default graph: the loader's triple table keeps each triple once.
        stream.triple(q.asTriple());
        generation.index(q);
        if (++quads % PROGRESS_EVERY == 0) {
            listener.phase(phase, quads, 0, "quads");
        }
    }

    /** Finishes the load, derives every cell and counts in the new generation, then makes it the live one. */
    void finish() {
        loader.finishBulk();
        listener.phase("loaded", quads, quads, "quads");
        KnowledgeStore built = generation.store();
        built.write(batch -> {
            derived.rebuild(batch, DerivedGraph.Progress.throttled((done, total, unit) ->
                    listener.phase("deriving", done, total, unit)));
            batch.recountOnCommit();
        });
        store.adopt(generation);
        generation = null;
    }

    /** Gives up the new generation; the live one is as it was. */
    void abandon() {
        if (generation != null) {
            try {
                if (loader != null) {
                    loader.finishException(new IllegalStateException("bulk load abandoned"));
                }
            } finally {
                generation.discard();
                generation = null;
            }
        }
    }
}
