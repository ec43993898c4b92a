package org.cbeckg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code java -jar target/cbec-kg.jar <command> [options]}. Each command has {@code --help}.
 * Exit codes: 0 success, 1 something failed (e.g. a file could not be ingested), 2 bad usage.
 */
@Command(name = "cbec-kg", mixinStandardHelpOptions = true, version = "cbec-kg 1.0.0",
        description = "Knowledge graph of China's cross-border e-commerce comprehensive pilot zones.",
        subcommands = {IngestCommand.class, ExtractCommand.class, LoadCommand.class, QueryCommand.class,
                ExportCommand.class, ServeCommand.class,
                TraceCommand.class, ConflictsCommand.class, CheckCommand.class, ValidateCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code (for tests: no System.exit). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cli.execute(args);
    }
}
