package org.cbeckg.audit;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.Consumer;

import org.cbeckg.graph.ShaclReportText;

/**
 * Validation results as a readable report, written graph by graph as they come (a conforming graph is one line, a
 * failing one its violations in words), then a summary line with the counts.
 */
public final class ValidationText implements Consumer<GraphValidation> {

    private final PrintWriter out;
    private int graphs;
    private int failing;
    private long results;

    public ValidationText(PrintWriter out) {
        this.out = Objects.requireNonNull(out);
    }

    @Override
    public void accept(GraphValidation r) {
        graphs++;
        if (r.conforms()) {
            out.println("✓ " + r.label());
            return;
        }
        failing++;
        results += r.report().getEntries().size();
        out.println("✗ " + r.label() + "   <" + r.graph() + ">");
        ShaclReportText.lines(r.report(), r.data()).forEach(l -> out.println("    " + l));
        out.flush();
    }

    /** Prints the summary; call after the last graph. */
    public void finish() {
        out.printf("SHACL validation of %d graph(s): %d conform, %d do not (%d result%s)%n", graphs,
                graphs - failing, failing, results, results == 1 ? "" : "s");
        out.flush();
    }

    public boolean allConform() {
        return failing == 0;
    }
}
