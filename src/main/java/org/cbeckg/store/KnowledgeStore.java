package org.cbeckg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.cbeckg.CbecKgException;
import org.cbeckg.graph.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge graph on disk: the live generation ({@link Generations}) of a TDB2 database with its Lucene full-text
 * index, one named graph per article, and as the default graph the merged view of all named graphs ({@link
 * MergedView}). Every change goes through a {@link StoreBatch} (one write transaction, many graphs), or through a
 * whole new generation for a bulk load.
 *
 * <pre>{@code
 * try (KnowledgeStore store = KnowledgeStore.open(Path.of("data"), Iris.DEFAULT_BASE);
 *      StoreBatch batch = store.beginBatch()) {
 *     batch.putGraph(name, graph);
 *     batch.commit();
 * }
 * }</pre>
 */
public final class KnowledgeStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeStore.class);

    private final Path dir;
    private final Iris iris;
    private Path generationDir;
    private DatasetGraph tdb;
    private FullTextIndex text;

    private KnowledgeStore(Path dir, Iris iris, Path generationDir, DatasetGraph tdb, FullTextIndex text) {
        this.dir = dir;
        this.iris = iris;
        attach(generationDir, tdb, text);
    }

    /**
     * Opens (or creates) the store in {@code dir}, for commands that write. A new store takes {@code base} as its base
     * IRI; an existing one keeps its own, and a different {@code base} is refused rather than silently mixing IRIs.
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
        if (existing.isEmpty() && !Generations.list(dir).isEmpty()) {
            throw new CbecKgException(dir.toString(), "has generation folders but no store.properties");
        }
        StoreConfig config = existing.orElseGet(() -> new StoreConfig(base == null ? Iris.DEFAULT_BASE : base,
                StoreConfig.LAYOUT_VERSION));
        config.requireCurrentLayout(dir);
        if (existing.isEmpty()) {
            config.write(dir);
        }
        Path gen = Generations.current(dir).orElseGet(() -> {
            Path first = Generations.next(dir);
            Generations.switchTo(dir, first);
            return first;
        });
        return openGeneration(dir, new Iris(config.baseIri()), gen);
    }

    /**
     * Opens an existing store for commands that only read: a folder that is not a store is an error (a mistyped
     * {@code --store} must not quietly create an empty store and report that it holds nothing).
     */
    public static KnowledgeStore openExisting(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CbecKgException(dir.toString(), "no such store folder (check --store, or ingest first)");
        }
        StoreConfig config = StoreConfig.read(dir).orElseThrow(() -> new CbecKgException(dir.toString(),
                "is not a CBEC-KG store: it has no " + StoreConfig.FILE + " (check --store, or ingest first)"));
        config.requireCurrentLayout(dir);
        Path gen = Generations.current(dir).orElseThrow(() -> new CbecKgException(dir.toString(),
                "is not a CBEC-KG store: it has no " + Generations.CURRENT + " file"));
        return openGeneration(dir, new Iris(config.baseIri()), gen);
    }

    /** A store in memory (in-memory TDB2, so the merged default graph works as on disk), for tests and one-off runs. */
    public static KnowledgeStore inMemory(String base) {
        return new KnowledgeStore(null, new Iris(base), null, DatabaseMgr.createDatasetGraph(),
                new FullTextIndex(new ByteBuffersDirectory()));
    }

    private static KnowledgeStore openGeneration(Path dir, Iris iris, Path gen) {
        Generations.removeOthers(dir, gen);
        KnowledgeStore store = new KnowledgeStore(dir, iris, gen, connect(gen), new FullTextIndex(lucene(gen)));
        store.reconcileTextIndex();
        return store;
    }

    static DatasetGraph connect(Path gen) {
        return DatabaseMgr.connectDatasetGraph(gen.resolve("tdb2").toString());
    }

    static Directory lucene(Path gen) {
        try {
            // NIOFS, not the MMap directory FSDirectory.open picks: jena-text opens and closes an index reader for
            // every text:query, and closing memory-mapped files (unmap, guarded by Thread.yield loops) made each
            // search cost hundreds of milliseconds under concurrent load.
            return new NIOFSDirectory(gen.resolve("lucene"));
        } catch (IOException e) {
            throw new CbecKgException(gen.toString(), "cannot open full-text index: " + e.getMessage(), e);
        }
    }

    private void attach(Path gen, DatasetGraph database, FullTextIndex index) {
        this.generationDir = gen;
        this.tdb = database;
        this.text = index;
        // text:query finds the index in the dataset's context: no jena-text wrapper (and its change monitor) needed.
        tdb.getContext().set(TextQuery.textIndex, text.lucene());
    }

    /** After a crash between the database's commit and the index's, the index is rebuilt from the database. */
    private void reconcileTextIndex() {
        long stored = generation();
        OptionalLong indexed = text.generation();
        if (indexed.isPresent() && indexed.getAsLong() == stored) {
            return;
        }
        if (indexed.isEmpty() && stored == 0) {
            text.commit(0);
            return;
        }
        LOG.warn("full-text index is at generation {} but the database at {}: rebuilding the index",
                indexed.isPresent() ? indexed.getAsLong() : "none", stored);
        long docs = Txn.calculateRead(tdb, () -> text.rebuildFrom(tdb, stored));
        LOG.info("full-text index rebuilt: {} entries", docs);
    }

    /** The dataset: the merged default graph, one named graph per source, {@code text:query} enabled. */
    public DatasetGraph dataset() {
        return tdb;
    }

    public Iris iris() {
        return iris;
    }

    /** The store's folder, or empty for an in-memory store. */
    public Optional<Path> location() {
        return Optional.ofNullable(dir);
    }

    /** The live generation's folder, or empty for an in-memory store. */
    public Optional<Path> generationFolder() {
        return Optional.ofNullable(generationDir);
    }

    /** How many batches have been committed to this generation's lineage: it changes with every change. */
    public long generation() {
        return Txn.calculateRead(tdb, this::generationInTransaction);
    }

    /**
     * Names the data a reader sees now, to key what was computed from it: it changes with every commit of the
     * database and of the full-text index (committed one after the other, so a reader between the two sees a version
     * of its own), and with the generation folder when a bulk load replaced the database.
     */
    public String version() {
        return (generationDir == null ? "memory" : generationDir.toString()) + "#" + generation() + "/"
                + text.committedGeneration();
    }

    long generationInTransaction() {
        return GenerationStamp.get(tdb);
    }

    void setGenerationInTransaction(long generation) {
        GenerationStamp.set(tdb, generation);
    }

    FullTextIndex text() {
        return text;
    }

    /** Starts a write transaction: changes become visible, whole, at {@link StoreBatch#commit()}. */
    public StoreBatch beginBatch() {
        return new StoreBatch(this);
    }

    /** Replaces one named graph in a batch of its own (tests, one-off changes; ingest batches many). */
    public void replaceGraph(Node name, org.apache.jena.graph.Graph graph) {
        write(batch -> batch.putGraph(name, graph));
    }

    /** Runs {@code changes} in one batch and commits it. */
    public void write(Consumer<StoreBatch> changes) {
        try (StoreBatch batch = beginBatch()) {
            changes.accept(batch);
            batch.commit();
        }
    }

    public <T> T read(Supplier<T> action) {
        return Txn.calculateRead(tdb, action);
    }

    /**
     * A new, empty generation beside the live one, for a bulk load; see {@link #adopt(NewGeneration)}. Its generation
     * count carries on from the live one's, so that a change is never mistaken for the state before it.
     */
    public NewGeneration newGeneration() {
        if (dir == null) {
            throw new IllegalStateException("an in-memory store has no generations");
        }
        Path folder = Generations.next(dir);
        KnowledgeStore building = new KnowledgeStore(null, iris, folder, connect(folder),
                new FullTextIndex(lucene(folder)));
        long carried = generation();
        Txn.executeWrite(building.tdb, () -> GenerationStamp.set(building.tdb, carried));
        return new NewGeneration(folder, building);
    }

    /**
     * Makes a finished new generation the live one (atomically, through CURRENT) and deletes the old one. Nothing may
     * hold the old dataset: call it before serving, not while a server reads the store.
     */
    public void adopt(NewGeneration built) {
        built.store().close();
        DiskUsage.recordBaseline(built.folder(), DiskUsage.of(built.folder().resolve("tdb2")));
        release();
        Generations.switchTo(dir, built.folder());
        Generations.removeOthers(dir, built.folder());
        attach(built.folder(), connect(built.folder()), new FullTextIndex(lucene(built.folder())));
        reconcileTextIndex();
    }

    /**
     * Compacts the database when write transactions have left it more than {@code factor} times the size it had
     * after its last bulk load or compaction (TDB2 never rewrites a block in place: each commit leaves the old
     * copies behind). Runs on a live store: readers go on, writers wait. Returns whether it compacted.
     */
    public boolean compactIfGrown(double factor) {
        if (generationDir == null) {
            return false;
        }
        long now = DiskUsage.of(generationDir.resolve("tdb2"));
        long baseline = DiskUsage.baseline(generationDir).orElse(now);
        if (DiskUsage.baseline(generationDir).isEmpty()) {
            DiskUsage.recordBaseline(generationDir, now);
        }
        if (now <= baseline * factor || now < 64L << 20) {
            return false;
        }
        LOG.info("compacting the database: {} MB on disk, {} MB after the last compaction", now >> 20,
                baseline >> 20);
        DatabaseMgr.compact(tdb, true);
        DiskUsage.recordBaseline(generationDir, DiskUsage.of(generationDir.resolve("tdb2")));
        return true;
    }

    /** Whether a graph is the store's own bookkeeping (generation, statistics), not data. */
    public static boolean isBookkeeping(Node graph) {
        return GenerationStamp.GRAPH.equals(graph);
    }

    public static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    private void release() {
        text.close();
        if (generationDir != null) {
            // TDB2 caches databases by location: expel, so the folder can be opened afresh (or deleted).
            TDBInternal.expel(tdb);
        }
    }

    @Override
    public void close() {
        release();
    }
}
