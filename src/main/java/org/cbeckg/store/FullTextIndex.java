package org.cbeckg.store;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.OptionalLong;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.cbeckg.CbecKgException;

/**
 * The Lucene side of the store, written by the store itself rather than through jena-text's change monitor: the
 * monitor turns every deleted quad into a find-and-delete (slow, and unable to delete TDB2 values that do not survive
 * a decode/encode round trip), while the store knows that it only ever replaces or removes whole graphs. Each
 * commit carries the store generation it matches; a mismatch at open (a crash between the database's commit and
 * the index's) makes the store rebuild the index from the database.
 */
final class FullTextIndex implements AutoCloseable {

    private static final String GENERATION = "cbec-generation";

    private final TextIndexLucene lucene;
    private final EntityDefinition definition;

    /** The generation of the last commit readers see; -1 before the first. Read on every cached query. */
    private volatile long committed;

    FullTextIndex(Directory directory) {
        this.lucene = new MergedTextIndex(directory, TextIndexSettings.config());
        this.definition = lucene.getDocDef();
        this.committed = generation().orElse(-1);
    }

    /** The index as jena-text's {@code text:query} uses it. */
    TextIndexLucene lucene() {
        return lucene;
    }

    /** Indexes the quad if its predicate is a full-text field (labels, titles, quotes, article texts). */
    void add(Quad quad) {
        Entity entity = TextQueryFuncs.entityFromQuad(definition, quad);
        if (entity != null) {
            lucene.addEntity(entity);
        }
    }

    void removeGraph(Node graph) {
        try {
            lucene.getIndexWriter().deleteDocuments(new Term(definition.getGraphField(),
                    TextQueryFuncs.graphNodeToString(graph)));
        } catch (IOException e) {
            throw new CbecKgException(graph.getURI(), "cannot remove the graph from the full-text index: "
                    + e.getMessage(), e);
        }
    }

    void removeSubject(Node graph, Node subject) {
        Query both = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(definition.getGraphField(), TextQueryFuncs.graphNodeToString(graph))),
                        BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(definition.getEntityField(), TextQueryFuncs.subjectToString(subject))),
                        BooleanClause.Occur.FILTER)
                .build();
        try {
            lucene.getIndexWriter().deleteDocuments(both);
        } catch (IOException e) {
            throw new CbecKgException(subject.toString(), "cannot remove from the full-text index: " + e.getMessage(),
                    e);
        }
    }

    /** Makes the changes so far durable and visible, recording the store generation they belong to. */
    void commit(long generation) {
        lucene.getIndexWriter().setLiveCommitData(Map.of(GENERATION, Long.toString(generation)).entrySet());
        lucene.commit();
        committed = generation;
    }

    /** The generation of the last commit, without reading the index: -1 before the first. */
    long committedGeneration() {
        return committed;
    }

    /** Drops the changes since the last commit. */
    void rollback() {
        lucene.rollback();
    }

    /** The generation of the last commit, or empty for an index written before generations were recorded. */
    OptionalLong generation() {
        try (DirectoryReader reader = DirectoryReader.open(lucene.getDirectory())) {
            String g = reader.getIndexCommit().getUserData().get(GENERATION);
            return g == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(g));
        } catch (IndexNotFoundException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new CbecKgException("full-text index", "cannot read: " + e.getMessage(), e);
        }
    }

    /** Empties the index and fills it again from every named graph of {@code dataset} (in a read transaction). */
    long rebuildFrom(DatasetGraph dataset, long generation) {
        try {
            lucene.getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new CbecKgException("full-text index", "cannot clear: " + e.getMessage(), e);
        }
        long docs = 0;
        for (Node predicate : definition.fields().stream().flatMap(f -> definition.getPredicates(f).stream())
                .distinct().toList()) {
            Iterator<Quad> it = dataset.findNG(Node.ANY, Node.ANY, predicate, Node.ANY);
            while (it.hasNext()) {
                add(it.next());
                docs++;
            }
        }
        commit(generation);
        return docs;
    }

    @Override
    public void close() {
        lucene.close();
    }
}
