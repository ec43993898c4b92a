package org.cbeckg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The CBEC constants and the ontology file agree, and every term is labelled and explained in Chinese and English. */
class CBECTest {

    final Model ontology = OntologyFiles.ontology();

    static List<Resource> constants() throws IllegalAccessException {
        List<Resource> found = new ArrayList<>();
        for (Field f : CBEC.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                found.add((Resource) f.get(null));
            }
        }
        return found;
    }

    /** Classes and properties the ontology declares in its own namespace. */
    Set<String> declaredTerms() {
        Set<String> terms = new TreeSet<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            ontology.listSubjectsWithProperty(RDF.type, type).filterKeep(r -> r.isURIResource()
                    && r.getURI().startsWith(CBEC.NS)).forEach(r -> terms.add(r.getURI()));
        }
        return terms;
    }

    @Test
    void everyConstantIsDeclared() throws IllegalAccessException {
        for (Resource r : constants()) {
            assertTrue(ontology.contains(r, RDF.type), r + " is not declared in ontology/cbec.ttl");
        }
    }

    @Test
    void everyDeclaredTermHasAConstant() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        constants().forEach(r -> constants.add(r.getURI()));
        Set<String> missing = new TreeSet<>(declaredTerms());
        missing.removeAll(constants);
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyTermIsLabelledAndExplainedInChineseAndEnglish() {
        for (String iri : declaredTerms()) {
            Resource term = ontology.createResource(iri);
            for (String lang : List.of("zh", "en")) {
                assertTrue(term.listProperties(RDFS.label).filterKeep(s -> s.getLanguage().equals(lang)).hasNext(),
                        iri + " has no rdfs:label@" + lang);
                assertTrue(term.listProperties(RDFS.comment).filterKeep(s -> s.getLanguage().equals(lang))
                        .hasNext(), iri + " has no rdfs:comment@" + lang);
            }
        }
    }
}
