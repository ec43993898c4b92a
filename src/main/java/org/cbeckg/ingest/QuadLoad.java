package org.cbeckg.ingest;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.cbeckg.CbecKgException;
import org.cbeckg.derive.DerivedGraph;
import org.cbeckg.derive.FigureParser;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.OntologyGraph;
import org.cbeckg.store.ReferenceGraph;
import org.cbeckg.store.StoreFailure;

/**
 * Loads article graphs that {@code extract} wrote (N-Quads or TriG, gzipped or not) with Jena's bulk loader into a new
 * store generation: a graph in the files replaces the stored graph of that name, every other stored graph is kept,
 * then the derived graph and the statistics are made from the whole. The files are read twice: once for the graph
 * names, once to load.
 */
public final class QuadLoad {

    private final KnowledgeStore store;
    private final IngestListener listener;

    public QuadLoad(KnowledgeStore store, IngestListener listener) {
        this.store = Objects.requireNonNull(store);
        this.listener = Objects.requireNonNull(listener);
    }

    /** Loads the files; returns how many named graphs they held. */
    public int load(List<Path> files) {
        if (store.location().isEmpty()) {
            throw new CbecKgException("load", "bulk loading needs a store on disk");
        }
        OntologyGraph.ensure(store);
        ReferenceGraph.ensure(store);
        Set<Node> graphs = new HashSet<>();
        for (Path f : files) {
            RDFParser.source(f).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    if (!q.isDefaultGraph()) {
                        graphs.add(q.getGraph());
                    }
                }
            });
        }
        BulkLoad load = new BulkLoad(store, new DerivedGraph(store.iris(), FigureParser.standard()), listener);
        try {
            load.start(graphs);
            for (Path f : files) {
                RDFParser.source(f).parse(new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        if (!q.isDefaultGraph()) {
                            load.put(q);
                        }
                    }
                });
            }
            load.finish();
        } catch (RuntimeException | InternalError e) {
            load.abandon();
            throw new CbecKgException(files.toString(), "not loaded: " + StoreFailure.describe(e)
                    + " (the store is as before)", e);
        }
        return graphs.size();
    }
}
