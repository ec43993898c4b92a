package org.cbeckg.vocab;

import java.nio.charset.StandardCharsets;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.cbeckg.ClasspathText;

/** The ontology and SHACL shapes as shipped inside the jar (copied from {@code ontology/} at build time). */
public final class OntologyFiles {

    public static final String ONTOLOGY = "ontology/cbec.ttl";
    public static final String SHAPES = "ontology/shapes.ttl";

    private static final Model ONTOLOGY_MODEL = load(ONTOLOGY);
    private static final Model SHAPES_MODEL = load(SHAPES);

    private OntologyFiles() {
    }

    /** The ontology with its code lists. Shared and read-only: copy before changing. */
    public static Model ontology() {
        return ONTOLOGY_MODEL;
    }

    public static Model shapes() {
        return SHAPES_MODEL;
    }

    /** The raw bytes of a shipped file, e.g. to serve it. */
    public static byte[] bytes(String resource) {
        return ClasspathText.read(resource).getBytes(StandardCharsets.UTF_8);
    }

    private static Model load(String resource) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(ClasspathText.read(resource), Lang.TURTLE).base(CBEC.ONTOLOGY).parse(m);
        return m;
    }
}
