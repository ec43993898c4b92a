package org.cbeckg.server;

import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.cbeckg.store.Sparql;
import org.cbeckg.vocab.CBEC;

/**
 * Full-text search for people, over labels, article titles and quotes, through jena-text's {@code text:query}. What
 * they type is searched as one phrase: with CJK bigrams a phrase finds the words as written, also inside longer words
 * (外仓 in 海外仓), where an unquoted query would match any one bigram.
 *
 * <pre>{@code List<TextSearch.Hit> hits = new TextSearch(store.dataset()).search("综合试验区", 20);}</pre>
 */
final class TextSearch {

    /** One match: the resource, the text that matched, which field, and Lucene's score. */
    record Hit(String iri, String text, String field, double score) {
    }

    private final DatasetGraph dataset;

    TextSearch(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    List<Hit> search(String words, int limit) {
        String phrase = sparqlString("\"" + QueryParserBase.escape(words.strip()) + "\"");
        String q = "PREFIX text: <" + ExampleQueries.TEXT_NS + ">\n"
                + "SELECT ?s ?lit ?field (MAX(?sc) AS ?score) WHERE {\n"
                + "  { (?s ?sc ?lit) text:query (<" + RDFS.label.getURI() + "> " + phrase + " "
                + limit + ") BIND(\"label\" AS ?field) }\n"
                + "  UNION { (?s ?sc ?lit) text:query (<" + DCTerms.title.getURI() + "> " + phrase + " " + limit
                + ") BIND(\"title\" AS ?field) }\n"
                + "  UNION { (?s ?sc ?lit) text:query (<" + CBEC.quote.getURI() + "> " + phrase + " "
                + limit + ") BIND(\"quote\" AS ?field) }\n"
                + "} GROUP BY ?s ?lit ?field ORDER BY DESC(?score) ?s LIMIT " + limit;
        return Sparql.select(dataset, q).stream().map(TextSearch::hit).toList();
    }

    private static Hit hit(QuerySolution row) {
        String text = row.contains("lit") ? row.get("lit").asLiteral().getLexicalForm() : "";
        return new Hit(row.getResource("s").getURI(), text, row.getLiteral("field").getString(),
                row.getLiteral("score").getDouble());
    }

    /** A SPARQL string literal of {@code s}. */
    private static String sparqlString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }
}
