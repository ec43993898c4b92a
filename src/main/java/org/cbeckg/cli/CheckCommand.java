package org.cbeckg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.cbeckg.audit.CheckResult;
import org.cbeckg.audit.CheckRunner;
import org.cbeckg.audit.CheckText;
import org.cbeckg.audit.ConsistencyCheck;
import org.cbeckg.audit.ConsistencyChecks;
import org.cbeckg.store.KnowledgeStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the graph's own arithmetic with the SPARQL rules in queries/checks/: batches add up to "
                + "their cumulative totals, zone counts match the zones listed, growth rates match the values of "
                + "consecutive periods, no figure is about a time after its article.",
                "Prints what holds, what fails and what cannot be decided yet, naming the facts and articles. "
                        + "Exit code 1 when any rule fails."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Option(names = "--checks", paramLabel = "DIR",
            description = "Run every *.rq in this folder instead of the shipped checks.")
    Path folder;

    @Option(names = "--show", paramLabel = "N", defaultValue = "" + CheckRunner.DEFAULT_SHOWN,
            description = "Findings of each status listed per check; the rest are counted. Default: ${DEFAULT-VALUE}.")
    int show;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (show < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--show must be at least 1");
        }
        List<ConsistencyCheck> checks = folder == null ? ConsistencyChecks.shipped() : ConsistencyChecks.in(folder);
        try (KnowledgeStore store = options.openExisting()) {
            List<CheckResult> results = new ArrayList<>();
            CheckRunner runner = new CheckRunner(store, show);
            for (ConsistencyCheck check : checks) {
                // Printed as each check ends, so a long run shows its progress.
                CheckResult r = runner.run(check);
                CheckText.print(r, spec.commandLine().getOut());
                results.add(r);
            }
            spec.commandLine().getOut().println(CheckText.summary(results));
            spec.commandLine().getOut().flush();
            return results.stream().anyMatch(CheckResult::fails) ? 1 : 0;
        }
    }
}
