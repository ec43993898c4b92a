package org.cbeckg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.cbeckg.CbecKgException;
import org.cbeckg.graph.Iris;

/**
 * The knowledge graph on disk: a TDB2 database ({@code DIR/tdb2}) wrapped by a Lucene full-text index
 * ({@code DIR/lucene}), one named graph per article, the union of all graphs as the default graph. Every change
 * goes through a write transaction, so a failure leaves what was stored before intact.
 *
 * <pre>{@code
 * try (KnowledgeStore store = KnowledgeStore.open(Path.of("data"), Iris.DEFAULT_BASE)) {
 *     store.replaceGraph(name, graph);
 * }
 * }</pre>
 */
public final class KnowledgeStore implements AutoCloseable {

    private final DatasetGraph dataset;
    private final DatasetGraph tdb;
    private final Iris iris;
    private final Path location;

    private KnowledgeStore(DatasetGraph tdb, Directory lucene, Iris iris, Path location) {
        this.tdb = tdb;
        this.dataset = wrap(tdb, lucene);
        this.iris = iris;
        this.location = location;
    }

    /**
     * Opens (or creates) the store in {@code dir}. A new store takes {@code base} as its base IRI; an existing one
     * keeps its own, and a different {@code base} is refused rather than silently mixing IRIs.
     *
     * @param base the base IRI, or null to take the stored one (or the default for a new store)
     */
    public static KnowledgeStore open(Path dir, String base) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CbecKgException(dir.toString(), "cannot create store folder: " + e.getMessage(), e);
        }
        Optional<StoreConfig> existing = StoreConfig.read(dir);
        if (existing.isPresent() && base != null && !existing.get().baseIri().equals(base)) {
            throw new CbecKgException(dir.toString(), "store was created with base " + existing.get().baseIri()
                    + ", not " + base + "; use another --store folder for another base");
        }
        StoreConfig config = existing.orElseGet(() -> new StoreConfig(base == null ? Iris.DEFAULT_BASE : base,
                StoreConfig.LAYOUT_VERSION));
        if (existing.isEmpty()) {
            config.write(dir);
        }
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(dir.resolve("tdb2").toString());
        Directory lucene;
        try {
            // NIOFS, not the MMap directory FSDirectory.open picks: jena-text opens and closes an index reader for
            // every text:query, and closing memory-mapped files (unmap, guarded by Thread.yield loops) made each
            // search cost hundreds of milliseconds under concurrent load.
            lucene = new NIOFSDirectory(dir.resolve("lucene"));
        } catch (IOException e) {
            throw new CbecKgException(dir.toString(), "cannot open full-text index: " + e.getMessage(), e);
        }
        return new KnowledgeStore(tdb, lucene, new Iris(config.baseIri()), dir);
    }

    /** A store in memory (in-memory TDB2, so the union default graph works as on disk), for tests and one-off runs. */
    public static KnowledgeStore inMemory(String base) {
        return new KnowledgeStore(DatabaseMgr.createDatasetGraph(), new ByteBuffersDirectory(), new Iris(base), null);
    }

    private static DatasetGraph wrap(DatasetGraph tdb, Directory lucene) {
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        TextIndex index = TextDatasetFactory.createLuceneIndex(lucene, TextIndexSettings.config());
        DatasetGraph text = TextDatasetFactory.create(tdb, index, true);
        text.getContext().set(TDB2.symUnionDefaultGraph, true);
        return text;
    }

    /** The dataset: text-indexed, union default graph. Read it inside a transaction. */
    public DatasetGraph dataset() {
        return dataset;
    }

    public Iris iris() {
        return iris;
    }

    /** The store's folder, or empty for an in-memory store. */
    public Optional<Path> location() {
        return Optional.ofNullable(location);
    }

    /** Replaces the named graph with {@code graph}, atomically: readers see the old graph or the new, never a mix. */
    public void replaceGraph(Node name, Graph graph) {
        Txn.executeWrite(dataset, () -> replaceInTransaction(name, graph));
    }

    /** For callers already inside a write transaction. */
    public void replaceInTransaction(Node name, Graph graph) {
        dataset.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        Iterator<Triple> it = graph.find();
        while (it.hasNext()) {
            Triple t = it.next();
            dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject());
        }
    }

    public void removeGraph(Node name) {
        Txn.executeWrite(dataset, () -> dataset.deleteAny(name, Node.ANY, Node.ANY, Node.ANY));
    }

    public <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    public void write(Runnable action) {
        Txn.executeWrite(dataset, action);
    }

    public static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    /**
     * Closes the index and releases the database, so the folder can be opened again in this JVM with a fresh text
     * index (TDB2 caches databases by location, and a cached one would still carry the old index).
     */
    @Override
    public void close() {
        dataset.close();
        if (location != null) {
            TDBInternal.expel(tdb);
        }
    }
}
