package org.cbeckg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.cbeckg.audit.CheckResult;
import org.cbeckg.audit.CheckRunner;
import org.cbeckg.audit.CheckText;
import org.cbeckg.audit.ConsistencyCheck;
import org.cbeckg.audit.ConsistencyChecks;
import org.cbeckg.store.KnowledgeStore;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ConsistencyCheck> checks = folder == null ? ConsistencyChecks.shipped() : ConsistencyChecks.in(folder);
        try (KnowledgeStore store = options.openExisting()) {
            List<CheckResult> results = new CheckRunner(store).run(checks);
            CheckText.print(results, spec.commandLine().getOut());
            return results.stream().anyMatch(CheckResult::fails) ? 1 : 0;
        }
    }
}
