package org.cbeckg.graph;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cbeckg.model.MeasureKey;
import org.cbeckg.model.Scope;
import org.cbeckg.vocab.CBEC;

/**
 * Writes a measure as a SKOS concept of {@code cbec:MeasureScheme}: its notation (the key's path), zh and en labels
 * built from its parts, the parts themselves ({@code cbec:baseMeasure}, {@code cbec:derivation},
 * {@code cbec:measureScope}, what a share is of, {@code cbec:measureOutlook}), and {@code skos:broader} up to its base,
 * each broader measure described too, so that every measure IRI a graph uses dereferences and its chain can be walked
 * in that graph alone. The unclassified measure is the ontology's {@code cbec:measure-unclassified}.
 *
 * <pre>{@code
 * Resource m = new MeasureDescriber(model, iris).describe(vocabulary.key("cbec-trade-value/export/growth"));
 * }</pre>
 */
final class MeasureDescriber {

    private final Model model;
    private final Iris iris;

    MeasureDescriber(Model model, Iris iris) {
        this.model = model;
        this.iris = iris;
    }

    Resource describe(MeasureKey key) {
        if (key.isUnclassified()) {
            return concept(CBEC.measureUnclassified.getURI(), key);
        }
        Resource r = concept(iris.measure(key).getURI(), key)
                .addProperty(CBEC.baseMeasure, iris.measure(MeasureKey.of(key.base(), List.of())))
                .addProperty(CBEC.derivation, CBEC.concept(key.derivation()))
                .addProperty(CBEC.measureOutlook, CBEC.concept(key.outlook()));
        key.scopes().forEach(s -> r.addProperty(CBEC.measureScope, scope(s)));
        if (key.whole() != null && key.whole().measure() != null) {
            r.addProperty(CBEC.shareOf, describe(key.whole().measure()));
        } else if (key.whole() != null) {
            r.addProperty(CBEC.shareOfLevel, CBEC.concept(key.whole().level()));
        }
        key.broader().ifPresentOrElse(b -> r.addProperty(SKOS.broader, describe(b)),
                () -> r.addProperty(SKOS.topConceptOf, CBEC.MeasureScheme));
        return r;
    }

    /** A scope as a concept of {@code cbec:MeasureScopeScheme}. */
    Resource scope(Scope s) {
        return concept(iris.measureScope(s).getURI(), CBEC.MeasureScope, CBEC.MeasureScopeScheme, s.slug(), s.zh(),
                s.en());
    }

    private Resource concept(String iri, MeasureKey key) {
        return concept(iri, CBEC.Measure, CBEC.MeasureScheme, key.path(), key.labelZh(), key.labelEn());
    }

    private Resource concept(String iri, Resource type, Resource scheme, String notation, String zh, String en) {
        return model.createResource(iri)
                .addProperty(RDF.type, type)
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.inScheme, scheme)
                .addProperty(SKOS.notation, notation)
                .addProperty(SKOS.prefLabel, zh, "zh")
                .addProperty(SKOS.prefLabel, en, "en")
                .addProperty(RDFS.label, zh, "zh")
                .addProperty(RDFS.label, en, "en");
    }
}
