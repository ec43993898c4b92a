package org.cbeckg.server;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.cbeckg.vocab.CBEC;
import org.cbeckg.vocab.Vocabularies;
import org.cbeckg.vocab.Vocabularies.FOAF;
import org.cbeckg.store.StoreStatistics;

/**
 * The two machine-readable descriptions of what this server holds: VoID ({@value ServerPaths#VOID}: size, classes,
 * example resources, the endpoint, the dumps) and the SPARQL 1.1 Service Description (at the endpoint, answered to a
 * GET without a query). Both name the server by the store's base IRI, which a deployment maps to this server's root.
 *
 * <pre>{@code Model voID = new DatasetDescriptions(base, stats, dumps).voidDescription();}</pre>
 */
final class DatasetDescriptions {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final String TEXT_QUERY = "http://jena.apache.org/text#query";

    private final String base;
    private final Supplier<StoreStatistics> stats;
    private final DumpCatalog dumps;

    DatasetDescriptions(String base, Supplier<StoreStatistics> stats, DumpCatalog dumps) {
        this.base = base;
        this.stats = stats;
        this.dumps = dumps;
    }

    String datasetIri() {
        return base + ServerPaths.VOID.substring(1) + "#cbec-kg";
    }

    Model voidDescription() {
        Model m = model();
        Resource doc = m.createResource(base + ServerPaths.VOID.substring(1))
                .addProperty(RDF.type, VOID.DatasetDescription)
                .addProperty(DCTerms.title, "VoID description of CBEC-KG", "en");
        Resource ds = m.createResource(datasetIri()).addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, "跨境电子商务综合试验区知识图谱", "zh")
                .addProperty(DCTerms.title, "CBEC-KG: China's cross-border e-commerce comprehensive pilot zones", "en")
                .addProperty(DCTerms.description, "Facts extracted from Chinese news articles, one named graph per "
                        + "article, each fact with its quote and offsets.", "en")
                .addLiteral(VOID.triples, count(m, stats.get().triples()))
                .addProperty(VOID.sparqlEndpoint, m.createResource(base + ServerPaths.SPARQL.substring(1)))
                .addProperty(VOID.uriSpace, base + "id/")
                .addProperty(VOID.vocabulary, m.createResource(CBEC.NS))
                .addProperty(VOID.feature, m.createResource(FORMATS + "Turtle"))
                .addProperty(VOID.feature, m.createResource(FORMATS + "JSON-LD"))
                .addProperty(VOID.feature, m.createResource(FORMATS + "N-Triples"));
        doc.addProperty(FOAF.primaryTopic, ds);
        stats.get().examples().forEach(e -> ds.addProperty(VOID.exampleResource, m.createResource(e)));
        stats.get().classes().forEach((c, n) -> ds.addProperty(VOID.classPartition, m.createResource()
                .addProperty(VOID._class, m.createResource(c)).addLiteral(VOID.entities, count(m, n))));
        for (DumpCatalog.DumpFile d : dumps.list()) {
            Resource file = m.createResource(base + ServerPaths.DUMPS.substring(1) + d.name());
            ds.addProperty(VOID.dataDump, file);
            file.addProperty(DCTerms.format, d.mediaType())
                    .addProperty(m.createProperty(Vocabularies.SPDX.NS, "checksum"), m.createResource()
                            .addProperty(RDF.type, Vocabularies.SPDX.Checksum)
                            .addProperty(Vocabularies.SPDX.algorithm, Vocabularies.SPDX.checksumAlgorithm_sha256)
                            .addProperty(Vocabularies.SPDX.checksumValue, d.sha256()));
        }
        return m;
    }

    Model serviceDescription() {
        Model m = model();
        Resource endpoint = m.createResource(base + ServerPaths.SPARQL.substring(1));
        Resource graphs = m.createResource().addProperty(RDF.type, sd(m, "Dataset"))
                .addProperty(sd(m, "defaultGraph"), m.createResource().addProperty(RDF.type, sd(m, "Graph"))
                        .addLiteral(VOID.triples, count(m, stats.get().triples())));
        for (Map.Entry<String, Long> g : stats.get().graphs().entrySet()) {
            graphs.addProperty(sd(m, "namedGraph"), m.createResource().addProperty(RDF.type, sd(m, "NamedGraph"))
                    .addProperty(sd(m, "name"), m.createResource(g.getKey()))
                    .addProperty(sd(m, "graph"), m.createResource().addProperty(RDF.type, sd(m, "Graph"))
                            .addLiteral(VOID.triples, count(m, g.getValue()))));
        }
        Resource service = m.createResource().addProperty(RDF.type, sd(m, "Service"))
                .addProperty(sd(m, "endpoint"), endpoint)
                .addProperty(sd(m, "supportedLanguage"), sd(m, "SPARQL11Query"))
                .addProperty(sd(m, "feature"), sd(m, "UnionDefaultGraph"))
                .addProperty(sd(m, "extensionFunction"), m.createResource(TEXT_QUERY))
                .addProperty(sd(m, "defaultDataset"), graphs);
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML")) {
            service.addProperty(sd(m, "resultFormat"), m.createResource(FORMATS + f));
        }
        return m;
    }

    private static Model model() {
        Model m = ModelFactory.createDefaultModel().setNsPrefixes(Vocabularies.prefixes());
        m.setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS);
        return m;
    }

    private static Property sd(Model m, String local) {
        return m.createProperty(SD, local);
    }

    private static org.apache.jena.rdf.model.Literal count(Model m, long n) {
        return m.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
    }
}
