package org.cbeckg.cli;

import java.io.OutputStream;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.cbeckg.audit.ValidationReports;
import org.cbeckg.audit.StoreValidator;
import org.cbeckg.audit.ValidationText;
import org.cbeckg.store.KnowledgeStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Runs the SHACL shapes (ontology/shapes.ttl) on every graph of the store, one graph at a time, "
                + "and prints a readable report as it goes, then the counts: each offending node with what it says, "
                + "the property, the problem and the value.", "--format ttl prints the SHACL validation reports as Turtle instead. "
                + "Exit code 1 when any graph does not conform."})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Option(names = "--format", defaultValue = "text", description = "text or ttl. Default: ${DEFAULT-VALUE}.")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("ttl")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or ttl");
        }
        try (KnowledgeStore store = options.openExisting()) {
            StoreValidator validator = new StoreValidator(store);
            if (format.equals("ttl")) {
                ValidationReports reports = new ValidationReports();
                validator.validate(reports);
                OutputStream out = System.out;
                RDFDataMgr.write(out, reports.model(), Lang.TURTLE);
                System.out.flush();
                return reports.allConform() ? 0 : 1;
            }
            ValidationText text = new ValidationText(spec.commandLine().getOut());
            validator.validate(text);
            text.finish();
            return text.allConform() ? 0 : 1;
        }
    }
}
