package org.cbeckg.bench;

import java.io.ByteArrayInputStream;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.Triple;

/**
 * Counts what an answer holds: rows of a SPARQL JSON result (1 for ASK), triples of an RDF graph. Only the warm-up
 * pass counts, so that the load itself spends no client time parsing; the count shows a capped or an empty answer
 * (a full-text query without its index) that latency alone would hide.
 */
final class ResultRows {

    private ResultRows() {
    }

    /** The count, or empty when the body is not a result this can read. */
    static OptionalLong count(String contentType, byte[] body) {
        try {
            if (contentType.contains("sparql-results+json")) {
                JsonObject o = JSON.parseAny(new ByteArrayInputStream(body)).getAsObject();
                return OptionalLong.of(o.hasKey("boolean") ? 1 : o.getObj("results").get("bindings").getAsArray()
                        .size());
            }
            Lang lang = RDFLanguages.contentTypeToLang(contentType.split(";")[0].trim());
            if (lang == null) {
                return OptionalLong.empty();
            }
            AtomicLong n = new AtomicLong();
            RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple triple) {
                    n.incrementAndGet();
                }

                @Override
                public void quad(Quad quad) {
                    n.incrementAndGet();
                }
            });
            return OptionalLong.of(n.get());
        } catch (RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
