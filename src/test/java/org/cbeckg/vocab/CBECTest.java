package org.cbeckg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cbeckg.model.Coded;
import org.cbeckg.model.Derivation;
import org.cbeckg.model.EventKind;
import org.cbeckg.model.MeasureKey;
import org.cbeckg.model.OrganizationKind;
import org.cbeckg.model.Outlook;
import org.cbeckg.model.PersonKind;
import org.cbeckg.model.PlaceLevel;
import org.cbeckg.model.Qualifier;
import org.cbeckg.model.Unit;
import org.junit.jupiter.api.Test;

class CBECTest {

    final Model ontology = OntologyFiles.ontology();

    @Test
    void everyConstantIsDeclaredInTheOntology() throws IllegalAccessException {
        for (Field f : CBEC.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource term = (Resource) f.get(null);
                assertTrue(ontology.contains(term, RDF.type), "not declared in cbec.ttl: " + term);
            }
        }
    }

    @Test
    void everyDeclaredTermHasAConstant() throws IllegalAccessException {
        Set<String> constants = new HashSet<>();
        for (Field f : CBEC.class.getFields()) {
            if (Resource.class.isAssignableFrom(f.getType())) {
                constants.add(((Resource) f.get(null)).getURI());
            }
        }
        Set<String> missing = new TreeSet<>();
        ontology.listSubjectsWithProperty(RDF.type).forEach(s -> {
            boolean concept = ontology.contains(s, RDF.type, SKOS.Concept);
            if (s.isURIResource() && s.getURI().startsWith(CBEC.NS) && !concept && !constants.contains(s.getURI())) {
                missing.add(s.getURI());
            }
        });
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyTermHasChineseAndEnglishLabelsAndComments() {
        Set<String> incomplete = new TreeSet<>();
        ontology.listSubjectsWithProperty(RDF.type).forEach(s -> {
            if (!s.isURIResource() || !s.getURI().startsWith(CBEC.NS)
                    || ontology.contains(s, RDF.type, SKOS.Concept)) {
                return;
            }
            for (String lang : new String[] {"zh", "en"}) {
                if (!hasLang(s, RDFS.label, lang) || !hasLang(s, RDFS.comment, lang)) {
                    incomplete.add(s.getLocalName() + "@" + lang);
                }
            }
        });
        assertEquals(Set.of(), incomplete);
    }

    @Test
    void everyCodeHasAConceptWithItsNotation() {
        Stream.of(OrganizationKind.values(), PersonKind.values(), PlaceLevel.values(), EventKind.values(),
                Unit.values(), Qualifier.values(), Outlook.values(), Derivation.values()).flatMap(Arrays::stream)
                .map(Coded.class::cast)
                .forEach(c -> {
                    Resource concept = CBEC.concept(c);
                    assertTrue(ontology.contains(concept, SKOS.notation, c.code()), "no concept for " + c);
                    assertTrue(hasLang(concept, SKOS.prefLabel, "zh") && hasLang(concept, SKOS.prefLabel, "en"));
                });
    }

    @Test
    void derivationLabelsAreTheOntologysLabels() {
        for (Derivation d : Derivation.values()) {
            Resource concept = CBEC.concept(d);
            assertTrue(ontology.contains(concept, SKOS.prefLabel, ontology.createLiteral(d.labelZh(), "zh")), d::code);
            assertTrue(ontology.contains(concept, SKOS.prefLabel, ontology.createLiteral(d.labelEn(), "en")), d::code);
        }
    }

    @Test
    void theUnclassifiedMeasureIsTheOntologysConcept() {
        MeasureKey u = MeasureKey.UNCLASSIFIED;
        Resource concept = CBEC.measureUnclassified;
        assertTrue(ontology.contains(concept, SKOS.notation, u.path()));
        assertTrue(ontology.contains(concept, SKOS.prefLabel, ontology.createLiteral(u.labelZh(), "zh")));
        assertTrue(ontology.contains(concept, SKOS.prefLabel, ontology.createLiteral(u.labelEn(), "en")));
        assertTrue(ontology.contains(concept, RDF.type, CBEC.Measure));
    }

    private boolean hasLang(Resource s, org.apache.jena.rdf.model.Property p, String lang) {
        return ontology.listObjectsOfProperty(s, p).toList().stream()
                .anyMatch(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage()));
    }
}
