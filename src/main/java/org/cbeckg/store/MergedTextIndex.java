package org.cbeckg.store;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.store.Directory;

/**
 * jena-text's Lucene index, with one difference: a {@code text:query} against the default graph searches every
 * graph. Entries carry the named graph they come from (so a graph's entries can be removed with it), and jena-text
 * filters hits by the active graph's name; the store's default graph is the merged view of all named graphs, so its
 * hits are all of them, as a {@code GRAPH <g> { ... text:query ... }} still gives one graph's.
 */
final class MergedTextIndex extends TextIndexLucene {

    MergedTextIndex(Directory directory, TextIndexConfig config) {
        super(directory, config);
    }

    @Override
    public List<TextHit> query(Node subj, List<Resource> props, String qs, String graphURI, String lang, int limit,
                               String highlight) {
        boolean merged = Quad.defaultGraphNodeGenerated.getURI().equals(graphURI);
        return super.query(subj, props, qs, merged ? null : graphURI, lang, limit, highlight);
    }
}
