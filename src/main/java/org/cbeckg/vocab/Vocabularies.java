package org.cbeckg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;

/**
 * The standard vocabularies CBEC-KG reuses that Jena ships no constants for (PROV-O, Data Cube, SDMX, OWL-Time,
 * FOAF, https schema.org, SPDX), and the prefix mapping every output and example query uses.
 */
public final class Vocabularies {

    private Vocabularies() {
    }

    /** W3C PROV-O. */
    public static final class PROV {
        public static final String NS = "http://www.w3.org/ns/prov#";
        public static final Resource Entity = r(NS, "Entity");
        public static final Resource Activity = r(NS, "Activity");
        public static final Resource SoftwareAgent = r(NS, "SoftwareAgent");
        public static final Property wasGeneratedBy = p(NS, "wasGeneratedBy");
        public static final Property wasDerivedFrom = p(NS, "wasDerivedFrom");
        public static final Property wasAttributedTo = p(NS, "wasAttributedTo");
        public static final Property wasAssociatedWith = p(NS, "wasAssociatedWith");
        public static final Property used = p(NS, "used");
        public static final Property startedAtTime = p(NS, "startedAtTime");
        public static final Property generatedAtTime = p(NS, "generatedAtTime");
        public static final Property hadPrimarySource = p(NS, "hadPrimarySource");

        private PROV() {
        }
    }

    /** W3C RDF Data Cube. */
    public static final class QB {
        public static final String NS = "http://purl.org/linked-data/cube#";
        public static final Resource Observation = r(NS, "Observation");
        public static final Resource DataSet = r(NS, "DataSet");
        public static final Property dataSet = p(NS, "dataSet");
        public static final Property structure = p(NS, "structure");
        public static final Property observation = p(NS, "observation");

        private QB() {
        }
    }

    /** SDMX dimensions, attributes and measures for Data Cube. */
    public static final class SDMX {
        public static final String DIMENSION = "http://purl.org/linked-data/sdmx/2009/dimension#";
        public static final String ATTRIBUTE = "http://purl.org/linked-data/sdmx/2009/attribute#";
        public static final String MEASURE = "http://purl.org/linked-data/sdmx/2009/measure#";
        public static final Property refArea = p(DIMENSION, "refArea");
        public static final Property refPeriod = p(DIMENSION, "refPeriod");
        public static final Property unitMeasure = p(ATTRIBUTE, "unitMeasure");
        public static final Property obsValue = p(MEASURE, "obsValue");

        private SDMX() {
        }
    }

    /** W3C OWL-Time. */
    public static final class TIME {
        public static final String NS = "http://www.w3.org/2006/time#";
        public static final Resource Instant = r(NS, "Instant");
        public static final Resource ProperInterval = r(NS, "ProperInterval");
        public static final Property hasBeginning = p(NS, "hasBeginning");
        public static final Property hasEnd = p(NS, "hasEnd");
        public static final Property inXSDDate = p(NS, "inXSDDate");

        private TIME() {
        }
    }

    /** FOAF. */
    public static final class FOAF {
        public static final String NS = "http://xmlns.com/foaf/0.1/";
        public static final Resource Person = r(NS, "Person");
        public static final Property name = p(NS, "name");
        public static final Property primaryTopic = p(NS, "primaryTopic");

        private FOAF() {
        }
    }

    /** schema.org, https form. */
    public static final class SCHEMA {
        public static final String NS = "https://schema.org/";
        public static final Resource NewsArticle = r(NS, "NewsArticle");
        public static final Property headline = p(NS, "headline");
        public static final Property datePublished = p(NS, "datePublished");
        public static final Property author = p(NS, "author");
        public static final Property image = p(NS, "image");
        public static final Property mentions = p(NS, "mentions");
        public static final Property organizer = p(NS, "organizer");
        public static final Property startDate = p(NS, "startDate");
        public static final Property about = p(NS, "about");

        private SCHEMA() {
        }
    }

    /** SPDX checksums, as used for the article file's digest. */
    public static final class SPDX {
        public static final String NS = "http://spdx.org/rdf/terms#";
        public static final Resource Checksum = r(NS, "Checksum");
        public static final Property checksum = p(NS, "checksum");
        public static final Property algorithm = p(NS, "algorithm");
        public static final Property checksumValue = p(NS, "checksumValue");
        public static final Resource checksumAlgorithm_sha256 = r(NS, "checksumAlgorithm_sha256");

        private SPDX() {
        }
    }

    private static final PrefixMapping PREFIXES = new PrefixMappingImpl()
            .setNsPrefix("cbec", CBEC.NS)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("dcterms", DCTerms.getURI())
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("org", ORG.getURI())
            .setNsPrefix("foaf", FOAF.NS)
            .setNsPrefix("schema", SCHEMA.NS)
            .setNsPrefix("qb", QB.NS)
            .setNsPrefix("sdmx-dimension", SDMX.DIMENSION)
            .setNsPrefix("sdmx-attribute", SDMX.ATTRIBUTE)
            .setNsPrefix("sdmx-measure", SDMX.MEASURE)
            .setNsPrefix("time", TIME.NS)
            .setNsPrefix("oa", OA.NS)
            .setNsPrefix("spdx", SPDX.NS)
            .setNsPrefix("void", VOID.NS)
            .lock();

    /** The project's standard prefixes (cbec, prov, org, qb, sdmx-*, time, oa, skos, dcterms, schema, …). */
    public static PrefixMapping prefixes() {
        return PREFIXES;
    }

    private static Resource r(String ns, String local) {
        return ResourceFactory.createResource(ns + local);
    }

    private static Property p(String ns, String local) {
        return ResourceFactory.createProperty(ns + local);
    }
}
