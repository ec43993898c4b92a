package org.cbeckg.audit;

import java.util.function.Consumer;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.cbeckg.vocab.Vocabularies;

/**
 * Every graph's SHACL report gathered in one model, {@code dcterms:subject} naming the graph each is about. A
 * conforming graph's report is two triples, so the model grows with the violations, not with the store.
 */
public final class ValidationReports implements Consumer<GraphValidation> {

    private final Model all = ModelFactory.createDefaultModel().setNsPrefixes(Vocabularies.prefixes())
            .setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
    private boolean allConform = true;

    @Override
    public void accept(GraphValidation r) {
        allConform &= r.conforms();
        all.add(r.report().getModel());
        all.add(r.report().getResource().inModel(all), DCTerms.subject, all.createResource(r.graph()));
    }

    public Model model() {
        return all;
    }

    public boolean allConform() {
        return allConform;
    }
}
