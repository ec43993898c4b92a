package org.cbeckg.graph;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cbeckg.model.MeasureKey;
import org.cbeckg.model.MeasureVocabulary;
import org.cbeckg.model.body.BodyList;
import org.cbeckg.model.place.Gazetteer;
import org.cbeckg.vocab.CBEC;
import org.cbeckg.vocab.Vocabularies;
import org.cbeckg.vocab.Vocabularies.QB;

/**
 * The reference graph: every place of the gazetteer (divisions of China with codes and parents, countries,
 * macro-regions), every listed body, and every base measure and scope of the measure vocabulary, so that each of
 * their IRIs dereferences, queries can walk from a city to its province even when no article names the province, and
 * the measure scheme lists what can be measured even before an article states it.
 */
public final class ReferenceGraphBuilder {

    private final Iris iris;
    private final Gazetteer gazetteer;
    private final BodyList bodies;
    private final MeasureVocabulary measures;

    /** With the project's measure vocabulary. */
    public ReferenceGraphBuilder(Iris iris, Gazetteer gazetteer, BodyList bodies) {
        this(iris, gazetteer, bodies, MeasureVocabulary.standard());
    }

    public ReferenceGraphBuilder(Iris iris, Gazetteer gazetteer, BodyList bodies, MeasureVocabulary measures) {
        this.iris = iris;
        this.gazetteer = gazetteer;
        this.bodies = bodies;
        this.measures = measures;
    }

    public Model build() {
        Model model = ModelFactory.createDefaultModel().setNsPrefixes(Vocabularies.prefixes());
        EntityDescriber describe = new EntityDescriber(model, iris);
        gazetteer.all().forEach(describe::place);
        bodies.all().forEach(describe::organization);
        measures.measures().forEach(m -> describe.measure(MeasureKey.of(m, List.of())));
        measures.scopes().forEach(describe::measureScope);
        model.createResource(iris.indicatorDataset().getURI())
                .addProperty(RDF.type, QB.DataSet)
                .addProperty(QB.structure, CBEC.IndicatorStructure)
                .addProperty(RDFS.label, "跨境电商统计指标", "zh")
                .addProperty(RDFS.label, "Cross-border e-commerce indicators", "en");
        model.createResource(iris.referenceGraph().getURI())
                .addProperty(RDFS.label, "参考数据：行政区划、国家、经济地带、机构、统计指标", "zh")
                .addProperty(RDFS.label, "Reference data: divisions, countries, macro-regions, bodies, measures", "en")
                .addProperty(DCTerms.source, "china-division 2.7.0 (NBS 2023 codes); i18n-iso-countries 7.14.0; "
                        + "CBEC-KG list of central bodies; CBEC-KG measure vocabulary 2");
        return model;
    }
}
