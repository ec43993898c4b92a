package org.cbeckg.audit;

import java.io.PrintWriter;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.cbeckg.graph.ShaclReportText;
import org.cbeckg.vocab.Vocabularies;

/** Validation results as a readable report, or as one Turtle model of the SHACL reports (each naming its graph). */
public final class ValidationText {

    private ValidationText() {
    }

    public static void print(List<GraphValidation> results, PrintWriter out) {
        long bad = results.stream().filter(r -> !r.conforms()).count();
        long violations = results.stream().mapToLong(r -> r.report().getEntries().size()).sum();
        out.printf("SHACL validation of %d graph(s): %d conform, %d do not (%d result%s)%n", results.size(),
                results.size() - bad, bad, violations, violations == 1 ? "" : "s");
        for (GraphValidation r : results) {
            if (r.conforms()) {
                out.println("✓ " + r.label());
                continue;
            }
            out.println("✗ " + r.label() + "   <" + r.graph() + ">");
            ShaclReportText.lines(r.report(), r.data()).forEach(l -> out.println("    " + l));
        }
        out.flush();
    }

    /** Every graph's SHACL report in one model; {@code dcterms:subject} names the graph each report is about. */
    public static Model model(List<GraphValidation> results) {
        Model all = ModelFactory.createDefaultModel().setNsPrefixes(Vocabularies.prefixes())
                .setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        for (GraphValidation r : results) {
            all.add(r.report().getModel());
            all.add(r.report().getResource().inModel(all), DCTerms.subject, all.createResource(r.graph()));
        }
        return all;
    }
}
