package org.cbeckg.vocab;

import java.io.IOException;
import java.io.InputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.cbeckg.CbecKgException;

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
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new CbecKgException(resource, "cannot read: " + e.getMessage(), e);
        }
    }

    private static Model load(String resource) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = open(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(CBEC.ONTOLOGY).parse(m);
        } catch (IOException e) {
            throw new CbecKgException(resource, "cannot read: " + e.getMessage(), e);
        }
        return m;
    }

    private static InputStream open(String resource) {
        InputStream in = OntologyFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new CbecKgException(resource, "not on the classpath (is the ontology folder packaged?)");
        }
        return in;
    }
}
