package org.cbeckg.store;

import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.cbeckg.vocab.CBEC;

/**
 * The full-text index: labels, article titles, quotes and article texts, analysed with Lucene's CJKAnalyzer.
 * CJK bigrams rather than SmartChinese word segmentation: bigrams find a fragment inside a word (外仓 in 海外仓),
 * which segmentation misses, and a quoted phrase query still gives exact hits. Graph names are stored with each hit.
 */
final class TextIndexSettings {

    static final String FIELD_LABEL = "label";
    static final String FIELD_TITLE = "title";
    static final String FIELD_QUOTE = "quote";
    static final String FIELD_TEXT = "text";

    private TextIndexSettings() {
    }

    static TextIndexConfig config() {
        EntityDefinition ent = new EntityDefinition("uri", FIELD_LABEL, RDFS.label.asNode());
        ent.set(FIELD_LABEL, SKOS.prefLabel.asNode());
        ent.set(FIELD_LABEL, SKOS.altLabel.asNode());
        ent.set(FIELD_TITLE, DCTerms.title.asNode());
        ent.set(FIELD_QUOTE, CBEC.quote.asNode());
        ent.set(FIELD_TEXT, CBEC.text.asNode());
        ent.setGraphField("graph");
        ent.setLangField("lang");
        // No uid field: the store removes a graph's documents by the graph field, never one triple's document.
        TextIndexConfig config = new TextIndexConfig(ent);
        config.setAnalyzer(new CJKAnalyzer());
        config.setQueryAnalyzer(new CJKAnalyzer());
        config.setValueStored(true);
        return config;
    }
}
