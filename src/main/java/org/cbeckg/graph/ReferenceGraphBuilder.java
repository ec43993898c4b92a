package org.cbeckg.graph;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cbeckg.model.body.BodyList;
import org.cbeckg.model.place.Gazetteer;
import org.cbeckg.vocab.CBEC;
import org.cbeckg.vocab.Vocabularies;
import org.cbeckg.vocab.Vocabularies.QB;

/**
 * The reference graph: every place of the gazetteer (divisions of China with codes and parents, countries,
 * macro-regions) and every listed body, so that each of their IRIs dereferences and queries can walk from a city
 * to its province even when no article names the province.
 */
public final class ReferenceGraphBuilder {

    private final Iris iris;
    private final Gazetteer gazetteer;
    private final BodyList bodies;

    public ReferenceGraphBuilder(Iris iris, Gazetteer gazetteer, BodyList bodies) {
        this.iris = iris;
        this.gazetteer = gazetteer;
        this.bodies = bodies;
    }

    public Model build() {
        Model model = ModelFactory.createDefaultModel().setNsPrefixes(Vocabularies.prefixes());
        EntityDescriber describe = new EntityDescriber(model, iris);
        gazetteer.all().forEach(describe::place);
        bodies.all().forEach(describe::organization);
        model.createResource(iris.indicatorDataset().getURI())
                .addProperty(RDF.type, QB.DataSet)
                .addProperty(QB.structure, CBEC.IndicatorStructure)
                .addProperty(RDFS.label, "跨境电商统计指标", "zh")
                .addProperty(RDFS.label, "Cross-border e-commerce indicators", "en");
        model.createResource(iris.referenceGraph().getURI())
                .addProperty(RDFS.label, "参考数据：行政区划、国家、经济地带、机构", "zh")
                .addProperty(RDFS.label, "Reference data: divisions, countries, macro-regions, bodies", "en")
                .addProperty(DCTerms.source, "china-division 2.7.0 (NBS 2023 codes); i18n-iso-countries 7.14.0; "
                        + "CBEC-KG list of central bodies");
        return model;
    }
}
